package dev.heng.application.port.out;

import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Keeps each tenant's alert thresholds, and stores them together with its anomaly settings. */
public interface AlertSettingsStorePort {

  /**
   * The tenant's stored thresholds.
   *
   * @return a mono of the settings, empty when the tenant never set any (the defaults apply)
   */
  Mono<CapacitySettings> find(TenantId tenantId);

  /**
   * Stores the tenant's thresholds and, when given, its anomaly settings, replacing earlier ones,
   * in one transaction: both are stored or neither is.
   *
   * @param anomaly the new anomaly settings, or null to keep the stored ones
   * @return a mono of the thresholds stored; signals {@link StorageException}, in which case
   *     nothing was changed
   */
  Mono<CapacitySettings> save(
      TenantId tenantId, CapacitySettings settings, AnomalySettings anomaly, Instant at);
}
