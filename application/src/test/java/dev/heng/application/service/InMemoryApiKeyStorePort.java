package dev.heng.application.service;

import dev.heng.application.port.out.ApiKeyStorePort;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps API keys and their hashes in memory, as the port describes. */
final class InMemoryApiKeyStorePort implements ApiKeyStorePort {

  private final Map<String, StoredKey> keys = new LinkedHashMap<>();
  private int finds;

  @Override
  public Mono<StoredKey> findByKeyId(String keyId) {
    return Mono.defer(
        () -> {
          finds++;
          return Mono.justOrEmpty(keys.get(keyId));
        });
  }

  @Override
  public Mono<Void> save(ApiKey key, String tokenHash) {
    return Mono.fromRunnable(
        () -> {
          if (keys.putIfAbsent(key.keyId(), new StoredKey(key, tokenHash)) != null) {
            throw new IllegalStateException("key " + key.keyId() + " exists already");
          }
        });
  }

  @Override
  public Flux<ApiKey> listByTenant(TenantId tenantId) {
    return Flux.defer(
        () ->
            Flux.fromStream(
                keys.values().stream()
                    .map(StoredKey::key)
                    .filter(key -> key.tenantId().equals(tenantId))
                    .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(ApiKey::keyId))
                    .toList()
                    .stream()));
  }

  @Override
  public Mono<Boolean> revoke(TenantId tenantId, String keyId, Instant at) {
    return Mono.fromSupplier(
        () -> {
          StoredKey stored = keys.get(keyId);
          if (stored == null || !stored.key().tenantId().equals(tenantId)) {
            return false;
          }
          ApiKey key = stored.key();
          if (key.revokedAt() == null) {
            keys.put(
                keyId,
                new StoredKey(
                    new ApiKey(
                        key.keyId(),
                        key.tenantId(),
                        key.role(),
                        key.agentId(),
                        key.teamId(),
                        key.label(),
                        key.createdAt(),
                        at),
                    stored.tokenHash()));
          }
          return true;
        });
  }

  /** Every stored key, in the order saved. */
  List<StoredKey> all() {
    return List.copyOf(keys.values());
  }

  /** The stored key of that id, or null. */
  StoredKey get(String keyId) {
    return keys.get(keyId);
  }

  /** How often {@link #findByKeyId} was called. */
  int finds() {
    return finds;
  }
}
