package dev.heng.application.port.out;

import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertChange;
import dev.heng.domain.alert.AlertEvent;
import dev.heng.domain.alert.AnomalyDecision;
import dev.heng.domain.alert.CapacityDecision;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Keeps a tenant's alerts. Every write that changes an alert also queues, in the same transaction,
 * one webhook delivery of its event for each of the tenant's active endpoints, so that an event is
 * delivered if and only if its change was stored. At most one standing (open or acknowledged) alert
 * exists per tenant and condition: kind and agent for capacity, subject and metric for anomalies.
 */
public interface AlertStorePort {

  /**
   * The tenant's standing alerts of every kind, oldest first.
   *
   * @return a mono of the list, empty list when there is none; signals {@link StorageException}
   */
  Mono<List<Alert>> standing(TenantId tenantId);

  /**
   * Raises and resolves as decided, in one transaction; resolved alerts get the resolution {@code
   * pool_dropped}. An alert to resolve that is no longer standing is left alone.
   *
   * @return a mono of the events of what changed, raised first; signals {@link StorageException}
   *     when the write failed (nothing was written), including when another check raised the same
   *     condition at the same moment
   */
  Mono<List<AlertEvent>> apply(TenantId tenantId, CapacityDecision decision, Instant at);

  /**
   * Raises and resolves anomaly alerts as decided, in one transaction; resolved alerts get the
   * resolution {@code back_within_band}. An alert to resolve that is no longer standing is left
   * alone.
   *
   * @return a mono of the events of what changed, raised first; signals {@link StorageException}
   *     when the write failed (nothing was written)
   */
  Mono<List<AlertEvent>> apply(TenantId tenantId, AnomalyDecision decision, Instant at);

  /**
   * One alert of the tenant.
   *
   * @return a mono of the alert, empty when the tenant has no alert of that id
   */
  Mono<Alert> find(TenantId tenantId, long alertId);

  /**
   * Acknowledges a standing alert ({@link AlertChange#ACKNOWLEDGED}, open alerts only) or closes it
   * ({@link AlertChange#RESOLVED} with the resolution {@code closed}).
   *
   * @return a mono of the event, empty when the alert was not in a status the change applies to
   *     (another caller changed it first); signals {@link StorageException}
   * @throws IllegalArgumentException if {@code change} is {@link AlertChange#RAISED}
   */
  Mono<AlertEvent> change(TenantId tenantId, long alertId, AlertChange change, Instant at);

  /**
   * The alerts matching the criteria, newest (highest id) first.
   *
   * @return a mono of at most {@code criteria.limit()} alerts
   */
  Mono<List<Alert>> list(AlertCriteria criteria);
}
