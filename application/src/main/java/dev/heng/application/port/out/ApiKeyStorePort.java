package dev.heng.application.port.out;

import dev.heng.domain.access.ApiKey;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps API keys: their binding and the hash of their token, never the token. */
public interface ApiKeyStorePort {

  /**
   * Finds a key by its public id, in any tenant.
   *
   * @return a mono of the key and its hash, or an empty mono when there is no such key
   */
  Mono<StoredKey> findByKeyId(String keyId);

  /**
   * Stores a new key.
   *
   * @return a mono that completes once the key is stored
   */
  Mono<Void> save(ApiKey key, String tokenHash);

  /**
   * Lists a tenant's keys, oldest first.
   *
   * @return the keys, revoked ones included
   */
  Flux<ApiKey> listByTenant(TenantId tenantId);

  /**
   * Marks a tenant's key revoked unless it already is.
   *
   * @return a mono of true when the tenant has the key (revoked now or before), false otherwise
   */
  Mono<Boolean> revoke(TenantId tenantId, String keyId, Instant at);

  /**
   * A stored key with the hash its token must match.
   *
   * @param key the key
   * @param tokenHash hex SHA-256 of its token
   */
  record StoredKey(ApiKey key, String tokenHash) {}
}
