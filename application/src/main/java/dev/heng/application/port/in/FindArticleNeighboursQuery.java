package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Asks for one article's neighbourhood in the knowledge graph.
 *
 * @param caller who asks; every role may read the tenant's articles
 * @param articleId the article's external id
 */
public record FindArticleNeighboursQuery(Caller caller, String articleId) {

  /**
   * @throws IllegalArgumentException if a value is null
   */
  public FindArticleNeighboursQuery {
    if (caller == null || articleId == null) {
      throw new IllegalArgumentException("caller and articleId must not be null");
    }
  }
}
