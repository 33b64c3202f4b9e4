package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Reads a team's scorecards, ranked, with a fairness summary. */
public interface FindTeamScorecardsUseCase {

  /**
   * @return a mono of the team's scorecards (possibly none), or an empty mono when the tenant has
   *     no such team or the caller may not see it
   */
  Mono<TeamScorecards> find(FindTeamScorecardsQuery query);
}
