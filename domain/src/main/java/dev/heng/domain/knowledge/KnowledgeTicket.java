package dev.heng.domain.knowledge;

import dev.heng.domain.record.Ticket;
import java.time.Instant;

/**
 * What the knowledge graph keeps of a ticket: its texts for retrieval and its outcome for ranking
 * and credit.
 *
 * @param ticketId the ticket's external id
 * @param assigneeId the agent who owns it, or null while unassigned
 * @param category its problem category
 * @param subject its subject, or null
 * @param description the customer's description, or null
 * @param resolution how it was resolved, or null
 * @param createdAt when it was raised
 * @param resolvedAt when it was last resolved, or null while open
 * @param reopenCount how often it was reopened, 0 or more
 * @param escalated whether it was escalated
 * @param satisfaction the customer's rating 1..5, or null when not rated
 * @param handleSeconds the agent's working time in seconds, or null when unknown
 */
public record KnowledgeTicket(
    String ticketId,
    String assigneeId,
    String category,
    String subject,
    String description,
    String resolution,
    Instant createdAt,
    Instant resolvedAt,
    int reopenCount,
    boolean escalated,
    Integer satisfaction,
    Integer handleSeconds) {

  /**
   * @throws IllegalArgumentException naming the field if the id, category or creation time is null,
   *     or a count or duration is negative
   */
  public KnowledgeTicket {
    if (ticketId == null || category == null || createdAt == null) {
      throw new IllegalArgumentException(
          "ticketId, category and createdAt must not be null, ticket " + ticketId);
    }
    if (reopenCount < 0) {
      throw new IllegalArgumentException("reopenCount must not be negative, was " + reopenCount);
    }
    if (handleSeconds != null && handleSeconds < 0) {
      throw new IllegalArgumentException(
          "handleSeconds must not be negative, was " + handleSeconds);
    }
  }

  /** The knowledge view of an intake ticket. */
  public static KnowledgeTicket of(Ticket ticket) {
    return new KnowledgeTicket(
        ticket.externalId(),
        ticket.assigneeId(),
        ticket.category(),
        ticket.subject(),
        ticket.description(),
        ticket.resolution(),
        ticket.createdAt(),
        ticket.resolvedAt(),
        ticket.reopenCount(),
        ticket.escalated(),
        ticket.satisfaction(),
        ticket.handleSeconds());
  }

  /** Whether it is resolved. */
  public boolean resolved() {
    return resolvedAt != null;
  }

  /** How well it went, the weight of reusing an article on it. */
  public ResolutionOutcome outcome() {
    return ResolutionOutcome.of(this);
  }
}
