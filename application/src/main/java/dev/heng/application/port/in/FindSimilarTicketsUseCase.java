package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Finds past resolved tickets like a ticket or a text, with their resolutions and articles. */
public interface FindSimilarTicketsUseCase {

  /**
   * @return a mono of the similar tickets, or an empty mono when the query names a ticket the
   *     tenant does not have or the caller may not see; the two look alike on purpose
   */
  Mono<SimilarTickets> find(FindSimilarTicketsQuery query);
}
