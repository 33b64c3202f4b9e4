package dev.heng.domain.trajectory;

import java.util.List;

/**
 * How knowledge was searched and used on a ticket: retrieval efficiency.
 *
 * @param searches knowledge searches made
 * @param searchesBeforeFirstLink searches made before the first article was linked; all searches
 *     when none was linked
 * @param secondsToFirstLink seconds from the first search to the first link, or null when either is
 *     missing or the link came first
 * @param linkedArticles the linked article ids, in link order
 */
public record KnowledgeUse(
    int searches,
    int searchesBeforeFirstLink,
    Long secondsToFirstLink,
    List<String> linkedArticles) {

  public KnowledgeUse {
    linkedArticles = List.copyOf(linkedArticles);
  }
}
