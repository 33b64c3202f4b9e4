package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/**
 * Lists alerts page by page: a tenant-wide role sees every alert of the tenant, a team lead those
 * about the team's agents, an agent its own.
 */
public interface ListAlertsUseCase {

  /**
   * @return a mono of the page or of why the query is invalid (a cursor not issued here, or a time
   *     range whose end is not after its start)
   */
  Mono<AlertListing> list(ListAlertsQuery query);
}
