package dev.heng.application.port.out;

import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.tenant.TenantId;
import reactor.core.publisher.Mono;

/**
 * Reads each tenant's anomaly settings; they are stored with the thresholds through {@link
 * AlertSettingsStorePort#save}.
 */
public interface AnomalySettingsStorePort {

  /**
   * The tenant's stored anomaly settings.
   *
   * @return a mono of the settings, empty when the tenant never set any (the defaults apply)
   */
  Mono<AnomalySettings> findAnomalySettings(TenantId tenantId);
}
