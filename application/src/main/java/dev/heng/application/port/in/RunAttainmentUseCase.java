package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Lets tenant admins and integration clients compute a range of hours of their tenant. */
public interface RunAttainmentUseCase {

  /**
   * @return a mono of the outcome; signals the store's failure
   */
  Mono<AttainmentRunOutcome> run(RunAttainmentCommand command);
}
