package dev.heng.application.port.out;

import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Keeps each tenant's alert thresholds. */
public interface AlertSettingsStorePort {

  /**
   * The tenant's stored thresholds.
   *
   * @return a mono of the settings, empty when the tenant never set any (the defaults apply)
   */
  Mono<CapacitySettings> find(TenantId tenantId);

  /**
   * Stores the tenant's thresholds, replacing earlier ones.
   *
   * @return a mono of what was stored; signals {@link StorageException}
   */
  Mono<CapacitySettings> save(TenantId tenantId, CapacitySettings settings, Instant at);
}
