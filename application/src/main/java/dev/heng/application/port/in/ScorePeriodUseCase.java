package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Scores a period for a tenant and stores the scorecards. */
public interface ScorePeriodUseCase {

  /**
   * Grades the customers, scores every active agent (and every agent with tickets in the period)
   * with the tenant's current configuration, and replaces what was stored for the period. Running
   * it again with the same data and configuration stores the same numbers.
   *
   * @return a mono of the run's outcome; never empty
   */
  Mono<ScoringRun> score(ScorePeriodCommand command);
}
