package dev.heng.domain.knowledge;

import java.util.List;

/**
 * A past ticket found similar to a ticket or a text.
 *
 * @param ticket the past ticket
 * @param score its retrieval score, above 0; comparable only within one answer
 * @param linkedArticleIds the articles linked to it, in link order, without repeats
 */
public record SimilarTicket(KnowledgeTicket ticket, double score, List<String> linkedArticleIds) {

  /**
   * @throws IllegalArgumentException if the ticket is null or the score not above 0
   */
  public SimilarTicket {
    if (ticket == null || !(score > 0)) {
      throw new IllegalArgumentException(
          "ticket must not be null and score must be above 0, score was " + score);
    }
    linkedArticleIds = List.copyOf(linkedArticleIds);
  }
}
