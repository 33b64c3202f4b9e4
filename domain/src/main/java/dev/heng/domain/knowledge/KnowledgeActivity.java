package dev.heng.domain.knowledge;

import java.util.List;

/**
 * A tenant's knowledge activity as far as credit for a period needs it.
 *
 * @param articles every article of the tenant, whenever written
 * @param links the article links made in the period
 * @param tickets the tickets the links name, and the tickets resolved in the period
 * @param searches the knowledge searches made in the period
 */
public record KnowledgeActivity(
    List<ArticleFacts> articles,
    List<ArticleLink> links,
    List<KnowledgeTicket> tickets,
    List<KnowledgeSearch> searches) {

  /**
   * @throws NullPointerException if a list is null
   */
  public KnowledgeActivity {
    articles = List.copyOf(articles);
    links = List.copyOf(links);
    tickets = List.copyOf(tickets);
    searches = List.copyOf(searches);
  }
}
