package dev.heng.application.port.out;

import dev.heng.domain.tenant.Tenant;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps tenants and creates them together with their first key. */
public interface TenantStorePort {

  /**
   * Creates a tenant and its first admin key in one transaction.
   *
   * @param name a valid, unused tenant name
   * @param keyId the public id of the admin key
   * @param keyHash the hex SHA-256 of the admin key's token
   * @return a mono of the new tenant, or an empty mono when the name is taken (nothing written)
   */
  Mono<Tenant> createWithAdminKey(String name, Instant at, String keyId, String keyHash);

  /**
   * Finds a tenant by name.
   *
   * @return a mono of the tenant, or an empty mono when there is none of that name
   */
  Mono<Tenant> findByName(String name);

  /**
   * Lists every tenant, oldest first.
   *
   * @return a flux of the tenants; empty when there is none
   */
  Flux<Tenant> findAll();
}
