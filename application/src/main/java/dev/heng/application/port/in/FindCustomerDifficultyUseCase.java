package dev.heng.application.port.in;

import dev.heng.domain.scoring.CustomerDifficulty;
import reactor.core.publisher.Mono;

/** Reads a customer's difficulty coefficient and the contribution of every dimension. */
public interface FindCustomerDifficultyUseCase {

  /**
   * @return a mono of the difficulty, or an empty mono when the caller may not see the customer,
   *     the tenant has no such customer, or no scoring run graded it
   */
  Mono<CustomerDifficulty> find(FindCustomerDifficultyQuery query);
}
