package dev.heng.domain.knowledge;

import java.time.Instant;

/**
 * An agent linking a knowledge article to a ticket: one {@code knowledge_linked} event, an edge of
 * the knowledge graph.
 *
 * @param eventId the event's external id
 * @param ticketId the ticket's external id
 * @param articleId the article's external id
 * @param agentId the agent who linked it, or null when the system did
 * @param linkedAt when it was linked
 */
public record ArticleLink(
    String eventId, String ticketId, String articleId, String agentId, Instant linkedAt) {

  /**
   * @throws IllegalArgumentException naming the field if an id or the time is null
   */
  public ArticleLink {
    if (eventId == null || ticketId == null || articleId == null || linkedAt == null) {
      throw new IllegalArgumentException(
          "eventId, ticketId, articleId and linkedAt must not be null, event " + eventId);
    }
  }
}
