package dev.heng.domain.knowledge;

import java.util.Set;

/**
 * Which tickets knowledge was used on: searched for, and linked to an article.
 *
 * @param searchedTickets ids of the tickets a knowledge search was made for
 * @param linkedTickets ids of the tickets an article was linked to; a link without a recorded
 *     search still counts as a search that found its article
 */
public record KnowledgeUse(Set<String> searchedTickets, Set<String> linkedTickets) {

  /** No knowledge use known. */
  public static final KnowledgeUse NONE = new KnowledgeUse(Set.of(), Set.of());

  /**
   * @throws IllegalArgumentException if a set is null
   */
  public KnowledgeUse {
    if (searchedTickets == null || linkedTickets == null) {
      throw new IllegalArgumentException("searchedTickets and linkedTickets must not be null");
    }
    searchedTickets = Set.copyOf(searchedTickets);
    linkedTickets = Set.copyOf(linkedTickets);
  }
}
