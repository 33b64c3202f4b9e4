package dev.heng.application.service;

import dev.heng.application.port.out.LoadPeriodScorecardsPort;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stored scorecards per tenant and period; the period put last counts as computed last. */
final class InMemoryPeriodScorecards implements LoadPeriodScorecardsPort {

  private final Map<TenantId, LinkedHashMap<String, List<Scorecard>>> periods = new HashMap<>();
  private final Map<TenantId, String> latest = new HashMap<>();

  void put(TenantId tenantId, String period, List<Scorecard> cards) {
    periods.computeIfAbsent(tenantId, id -> new LinkedHashMap<>()).put(period, List.copyOf(cards));
    latest.put(tenantId, period);
  }

  @Override
  public Flux<Scorecard> scorecards(TenantId tenantId, String period) {
    return Flux.defer(
        () ->
            Flux.fromIterable(
                periods
                    .getOrDefault(tenantId, new LinkedHashMap<>())
                    .getOrDefault(period, List.of())));
  }

  @Override
  public Mono<String> latestPeriod(TenantId tenantId) {
    return Mono.fromSupplier(() -> latest.get(tenantId));
  }
}
