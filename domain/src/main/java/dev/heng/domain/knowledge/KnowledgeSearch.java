package dev.heng.domain.knowledge;

import java.time.Instant;

/**
 * An agent searching the knowledge base while working a ticket: one {@code knowledge_searched}
 * event.
 *
 * @param eventId the event's external id
 * @param ticketId the ticket's external id
 * @param agentId the agent who searched, or null when the system did
 * @param searchedAt when
 */
public record KnowledgeSearch(String eventId, String ticketId, String agentId, Instant searchedAt) {

  /**
   * @throws IllegalArgumentException naming the field if an id or the time is null
   */
  public KnowledgeSearch {
    if (eventId == null || ticketId == null || searchedAt == null) {
      throw new IllegalArgumentException(
          "eventId, ticketId and searchedAt must not be null, event " + eventId);
    }
  }
}
