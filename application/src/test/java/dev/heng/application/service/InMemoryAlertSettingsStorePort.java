package dev.heng.application.service;

import dev.heng.application.port.out.AlertSettingsStorePort;
import dev.heng.application.port.out.AnomalySettingsStorePort;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** Keeps alert thresholds and anomaly settings in memory, per tenant. */
final class InMemoryAlertSettingsStorePort
    implements AlertSettingsStorePort, AnomalySettingsStorePort {

  private final ConcurrentHashMap<TenantId, CapacitySettings> settings = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<TenantId, AnomalySettings> anomaly = new ConcurrentHashMap<>();

  @Override
  public Mono<AnomalySettings> findAnomalySettings(TenantId tenantId) {
    return Mono.fromSupplier(() -> anomaly.get(tenantId));
  }

  @Override
  public Mono<CapacitySettings> find(TenantId tenantId) {
    return Mono.fromSupplier(() -> settings.get(tenantId));
  }

  @Override
  public Mono<CapacitySettings> save(
      TenantId tenantId, CapacitySettings stored, AnomalySettings anomalyStored, Instant at) {
    return Mono.fromSupplier(
        () -> {
          synchronized (this) {
            settings.put(tenantId, stored);
            if (anomalyStored != null) {
              anomaly.put(tenantId, anomalyStored);
            }
            return stored;
          }
        });
  }
}
