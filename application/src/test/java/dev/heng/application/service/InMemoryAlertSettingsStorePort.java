package dev.heng.application.service;

import dev.heng.application.port.out.AlertSettingsStorePort;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** Keeps alert thresholds in memory, per tenant. */
final class InMemoryAlertSettingsStorePort implements AlertSettingsStorePort {

  private final ConcurrentHashMap<TenantId, CapacitySettings> settings = new ConcurrentHashMap<>();

  @Override
  public Mono<CapacitySettings> find(TenantId tenantId) {
    return Mono.fromSupplier(() -> settings.get(tenantId));
  }

  @Override
  public Mono<CapacitySettings> save(TenantId tenantId, CapacitySettings stored, Instant at) {
    return Mono.fromSupplier(
        () -> {
          settings.put(tenantId, stored);
          return stored;
        });
  }
}
