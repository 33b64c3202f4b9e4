package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Reads the tenant's scoring configuration in force. */
public interface FindScoringConfigUseCase {

  /**
   * @return a mono of the outcome; never empty
   */
  Mono<ConfigLookup> find(FindScoringConfigQuery query);
}
