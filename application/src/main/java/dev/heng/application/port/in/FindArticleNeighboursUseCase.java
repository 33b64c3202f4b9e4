package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Reads one article's neighbourhood in the knowledge graph. */
public interface FindArticleNeighboursUseCase {

  /**
   * @return a mono of the neighbourhood, or an empty mono when the tenant has no such article
   */
  Mono<ArticleNeighbourhood> find(FindArticleNeighboursQuery query);
}
