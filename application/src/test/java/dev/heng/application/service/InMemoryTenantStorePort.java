package dev.heng.application.service;

import dev.heng.application.port.out.TenantStorePort;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.Role;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps tenants in memory and saves each first admin key into an {@link InMemoryApiKeyStorePort}.
 */
final class InMemoryTenantStorePort implements TenantStorePort {

  private final Map<String, Tenant> tenants = new LinkedHashMap<>();
  private final InMemoryApiKeyStorePort keys;

  InMemoryTenantStorePort(InMemoryApiKeyStorePort keys) {
    this.keys = keys;
  }

  @Override
  public Mono<Tenant> createWithAdminKey(String name, Instant at, String keyId, String keyHash) {
    return Mono.defer(
        () -> {
          if (tenants.containsKey(name)) {
            return Mono.empty();
          }
          Tenant tenant = new Tenant(new TenantId(tenants.size() + 1L), name, at);
          tenants.put(name, tenant);
          ApiKey admin =
              new ApiKey(
                  keyId, tenant.id(), Role.TENANT_ADMIN, null, null, "first admin key", at, null);
          return keys.save(admin, keyHash).thenReturn(tenant);
        });
  }

  @Override
  public Mono<Tenant> findByName(String name) {
    return Mono.fromSupplier(() -> tenants.get(name));
  }

  @Override
  public Flux<Tenant> findAll() {
    return Flux.defer(() -> Flux.fromIterable(List.copyOf(tenants.values())));
  }

  /** How many tenants exist. */
  int count() {
    return tenants.size();
  }
}
