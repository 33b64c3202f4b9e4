package dev.heng.application.service;

import dev.heng.application.port.out.ScorecardStorePort;
import dev.heng.domain.scoring.CustomerDifficulty;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps the latest result per tenant and period in memory. */
final class InMemoryScorecardStorePort implements ScorecardStorePort {

  private final Map<TenantId, Map<String, ScoringResult>> results = new HashMap<>();
  private int replacements;

  @Override
  public Mono<Void> replace(TenantId tenantId, ScoringResult result, Instant computedAt) {
    return Mono.fromRunnable(
        () -> {
          replacements++;
          results
              .computeIfAbsent(tenantId, id -> new LinkedHashMap<>())
              .put(result.period().label(), result);
        });
  }

  @Override
  public Mono<Scorecard> findScorecard(TenantId tenantId, String period, String agentId) {
    return Flux.fromIterable(scorecards(tenantId, period))
        .filter(card -> card.agentId().equals(agentId))
        .next();
  }

  @Override
  public Flux<Scorecard> findTeamScorecards(TenantId tenantId, String period, String teamId) {
    return Flux.fromIterable(scorecards(tenantId, period))
        .filter(card -> teamId.equals(card.teamId()));
  }

  @Override
  public Mono<CustomerDifficulty> findDifficulty(
      TenantId tenantId, String customerId, String period) {
    Map<String, ScoringResult> byPeriod = results.getOrDefault(tenantId, Map.of());
    ScoringResult result =
        period == null
            ? byPeriod.values().stream().reduce((first, second) -> second).orElse(null)
            : byPeriod.get(period);
    return result == null
        ? Mono.empty()
        : Mono.justOrEmpty(result.grading().customers().get(customerId));
  }

  /** Every scorecard stored for the period, best first. */
  List<Scorecard> all(TenantId tenantId, String period) {
    return scorecards(tenantId, period);
  }

  /** How often a result was stored. */
  int replacements() {
    return replacements;
  }

  private List<Scorecard> scorecards(TenantId tenantId, String period) {
    ScoringResult result = results.getOrDefault(tenantId, Map.of()).get(period);
    return result == null ? List.of() : result.scorecards();
  }
}
