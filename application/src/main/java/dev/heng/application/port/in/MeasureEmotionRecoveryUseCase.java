package dev.heng.application.port.in;

import dev.heng.domain.emotion.AgentRecovery;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Measures how well agents calm upset customers: per agent, the mean recovery (last minus first
 * customer message score) and mean emotion index of the tickets it resolved in a period. A metric
 * for the scorecard.
 */
public interface MeasureEmotionRecoveryUseCase {

  /**
   * @return a mono of one entry per agent with a resolved, scored ticket in the period, in agent id
   *     order; when the query names an agent, exactly one entry (with 0 tickets when it has none)
   */
  Mono<List<AgentRecovery>> measure(MeasureEmotionRecoveryQuery query);
}
