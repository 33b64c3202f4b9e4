package dev.heng.application.port.out;

import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Keeps each tenant's anomaly settings. */
public interface AnomalySettingsStorePort {

  /**
   * The tenant's stored anomaly settings.
   *
   * @return a mono of the settings, empty when the tenant never set any (the defaults apply)
   */
  Mono<AnomalySettings> findAnomalySettings(TenantId tenantId);

  /**
   * Stores the tenant's anomaly settings, replacing earlier ones.
   *
   * @return a mono of what was stored; signals {@link StorageException}
   */
  Mono<AnomalySettings> saveAnomalySettings(
      TenantId tenantId, AnomalySettings settings, Instant at);
}
