package dev.heng.application.port.in;

import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.ArticleLink;
import java.util.List;

/**
 * An article and its edges in the knowledge graph: the tickets it was linked to, and the articles
 * linked to the same tickets.
 *
 * @param article the article
 * @param links its links to tickets, oldest first
 * @param usedWith articles linked to at least one of the same tickets, most shared first
 */
public record ArticleNeighbourhood(
    ArticleFacts article, List<ArticleLink> links, List<UsedTogether> usedWith) {

  public ArticleNeighbourhood {
    links = List.copyOf(links);
    usedWith = List.copyOf(usedWith);
  }

  /**
   * An article-article edge.
   *
   * @param article the other article's facts, or null when the index has not seen the article
   * @param articleId the other article's external id
   * @param sharedTickets how many tickets both were linked to, 1 or more
   */
  public record UsedTogether(ArticleFacts article, String articleId, int sharedTickets) {}
}
