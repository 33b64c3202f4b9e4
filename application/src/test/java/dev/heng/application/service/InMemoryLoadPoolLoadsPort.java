package dev.heng.application.service;

import dev.heng.application.port.out.LoadPoolLoadsPort;
import dev.heng.domain.alert.PoolLoad;
import dev.heng.domain.tenant.TenantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** Pools that a test sets by hand, per tenant and agent. */
final class InMemoryLoadPoolLoadsPort implements LoadPoolLoadsPort {

  private final Map<TenantId, Map<String, PoolLoad>> loads = new ConcurrentHashMap<>();

  /** Sets one agent's pool. */
  void set(TenantId tenantId, PoolLoad load) {
    loads.computeIfAbsent(tenantId, id -> new LinkedHashMap<>()).put(load.agentId(), load);
  }

  @Override
  public Mono<List<PoolLoad>> poolLoads(TenantId tenantId) {
    return Mono.fromSupplier(() -> List.copyOf(loads.getOrDefault(tenantId, Map.of()).values()));
  }
}
