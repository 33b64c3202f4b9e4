package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Checks and stores a tenant's scoring configuration as a new version. */
public interface UpdateScoringConfigUseCase {

  /**
   * @return a mono of the outcome; never empty
   */
  Mono<ConfigUpdate> update(UpdateScoringConfigCommand command);
}
