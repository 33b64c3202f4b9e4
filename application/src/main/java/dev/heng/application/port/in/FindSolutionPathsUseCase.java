package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Ranks the articles and approaches that resolved tickets like a ticket or a text. */
public interface FindSolutionPathsUseCase {

  /**
   * @return a mono of the paths, or an empty mono when the query names a ticket the tenant does not
   *     have or the caller may not see
   */
  Mono<SolutionPaths> find(FindSolutionPathsQuery query);
}
