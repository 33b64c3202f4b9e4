package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Lists a tenant's records page by page. */
public interface ListRecordsUseCase {

  /**
   * Reads one page. Records the caller may not see are left out as if they did not exist.
   *
   * @return a mono of the page or of the reason the query was refused; never empty
   */
  Mono<ListOutcome> list(ListRecordsQuery query);
}
