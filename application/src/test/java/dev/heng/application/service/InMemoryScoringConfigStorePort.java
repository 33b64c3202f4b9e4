package dev.heng.application.service;

import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringConfigVersion;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Keeps configuration versions in memory, per tenant. */
final class InMemoryScoringConfigStorePort implements ScoringConfigStorePort {

  private final Map<TenantId, List<ScoringConfigVersion>> versions = new HashMap<>();

  @Override
  public Mono<ScoringConfigVersion> current(TenantId tenantId) {
    return Mono.fromSupplier(
        () -> {
          List<ScoringConfigVersion> stored = versions.getOrDefault(tenantId, List.of());
          return stored.isEmpty() ? null : stored.getLast();
        });
  }

  @Override
  public Mono<ScoringConfigVersion> append(TenantId tenantId, ScoringConfig config, Instant at) {
    return Mono.fromSupplier(
        () -> {
          List<ScoringConfigVersion> stored =
              versions.computeIfAbsent(tenantId, id -> new ArrayList<>());
          ScoringConfigVersion version = new ScoringConfigVersion(stored.size() + 1, config, at);
          stored.add(version);
          return version;
        });
  }

  /** Every version stored for a tenant, oldest first. */
  List<ScoringConfigVersion> versions(TenantId tenantId) {
    return List.copyOf(versions.getOrDefault(tenantId, List.of()));
  }
}
