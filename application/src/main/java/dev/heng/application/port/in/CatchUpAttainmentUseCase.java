package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Computes the recent completed hours of every tenant, one tenant after another. */
public interface CatchUpAttainmentUseCase {

  /**
   * @return a mono of what the pass did; signals the first tenant's failure, after which the
   *     following tenants wait for the next pass
   */
  Mono<AttainmentCatchUp> catchUp(CatchUpAttainmentCommand command);
}
