package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Reads an agent's or a team's hourly attainment. */
public interface FindAttainmentUseCase {

  /**
   * @return a mono of the series (its hours possibly empty), or an empty mono when the caller may
   *     not see the subject or the tenant has no such agent or team; the cases look alike on
   *     purpose
   */
  Mono<AttainmentSeries> find(FindAttainmentQuery query);
}
