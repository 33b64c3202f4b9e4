package dev.heng.application.port.out;

import dev.heng.domain.tenant.TenantId;
import dev.heng.domain.webhook.DeliveryLogEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The queue of webhook deliveries that alert changes wrote in their own transaction. A claim leases
 * a delivery; a delivery whose lease ran out without a recorded attempt (the process died) is
 * claimed again, so every delivery is attempted at least once.
 */
public interface WebhookOutboxPort {

  /**
   * Leases up to {@code limit} pending deliveries that are due at {@code now} and not leased,
   * oldest first; two workers never lease the same delivery at once.
   *
   * @return a mono of the claimed deliveries, possibly empty; signals {@link StorageException}
   */
  Mono<List<PendingDelivery>> claim(Instant now, Duration lease, int limit);

  /**
   * Logs an attempt and moves its delivery on: done, due again at the attempt's next time, or given
   * up; the lease ends.
   *
   * @return a mono that completes once stored; signals {@link StorageException}
   */
  Mono<Void> record(DeliveryAttempt attempt);

  /**
   * The latest logged attempts for one endpoint of the tenant, newest first.
   *
   * @return a mono of at most {@code limit} entries, empty list when there is none
   */
  Mono<List<DeliveryLogEntry>> log(TenantId tenantId, long endpointId, int limit);
}
