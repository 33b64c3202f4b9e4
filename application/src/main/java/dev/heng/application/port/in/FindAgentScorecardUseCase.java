package dev.heng.application.port.in;

import dev.heng.domain.scoring.Scorecard;
import reactor.core.publisher.Mono;

/** Reads one agent's scorecard with its explanation. */
public interface FindAgentScorecardUseCase {

  /**
   * @return a mono of the scorecard, or an empty mono when the caller may not see the agent, the
   *     tenant has no such agent, or the period was not scored for it; the cases look alike on
   *     purpose
   */
  Mono<Scorecard> find(FindAgentScorecardQuery query);
}
