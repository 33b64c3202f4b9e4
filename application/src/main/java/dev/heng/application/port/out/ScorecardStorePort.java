package dev.heng.application.port.out;

import dev.heng.domain.scoring.CustomerDifficulty;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps the results of scoring runs: scorecards and customer difficulty, per period. */
public interface ScorecardStorePort {

  /**
   * Replaces everything stored for the result's period with the result, in one transaction: a
   * re-run leaves no scorecard of the earlier run behind.
   *
   * @return a mono that completes once the transaction committed
   */
  Mono<Void> replace(TenantId tenantId, ScoringResult result, Instant computedAt);

  /**
   * An agent's scorecard for a period.
   *
   * @param period the period's label, such as {@code 2026-11}
   * @return a mono of it, or an empty mono when the period was not scored or the agent not in it
   */
  Mono<Scorecard> findScorecard(TenantId tenantId, String period, String agentId);

  /**
   * The scorecards of a team's members for a period, best total first.
   *
   * @return the scorecards; none when the period was not scored or the team had no member in it
   */
  Flux<Scorecard> findTeamScorecards(TenantId tenantId, String period, String teamId);

  /**
   * A customer's difficulty as graded for a period, or by the most recently computed run when
   * {@code period} is null.
   *
   * @return a mono of it, or an empty mono when no run graded the customer
   */
  Mono<CustomerDifficulty> findDifficulty(TenantId tenantId, String customerId, String period);
}
