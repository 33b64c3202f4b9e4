package dev.heng.domain.scoring;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.Ticket;
import java.time.Duration;
import java.time.Instant;

/**
 * What scoring needs of a ticket: who, what kind, and how it went. Texts stay out, so that a
 * tenant's whole history fits in memory.
 *
 * @param ticketId the ticket's external id
 * @param customerId the customer's external id
 * @param assigneeId the assignee's external id, or null while unassigned
 * @param channel its channel
 * @param category its problem category
 * @param priority its priority
 * @param createdAt when it was raised
 * @param firstResponseSeconds seconds from creation to the first answer, or null when unanswered
 * @param resolved whether it is resolved
 * @param reopenCount how often it was reopened, 0 or more
 * @param satisfaction the rating 1..5, or null when not rated
 * @param complaint whether the customer complained
 * @param escalated whether it was escalated
 * @param handleSeconds the agent's working time in seconds, or null when unknown
 */
public record TicketFacts(
    String ticketId,
    String customerId,
    String assigneeId,
    Channel channel,
    String category,
    Priority priority,
    Instant createdAt,
    Long firstResponseSeconds,
    boolean resolved,
    int reopenCount,
    Integer satisfaction,
    boolean complaint,
    boolean escalated,
    Integer handleSeconds) {

  /**
   * @throws IllegalArgumentException naming the field if an id, the channel, category, priority or
   *     creation time is null, or a count or duration is negative
   */
  public TicketFacts {
    if (ticketId == null || customerId == null || channel == null || category == null) {
      throw new IllegalArgumentException(
          "ticketId, customerId, channel and category must not be null, ticket " + ticketId);
    }
    if (priority == null || createdAt == null) {
      throw new IllegalArgumentException(
          "priority and createdAt must not be null, ticket " + ticketId);
    }
    if (firstResponseSeconds != null && firstResponseSeconds < 0) {
      throw new IllegalArgumentException(
          "firstResponseSeconds must not be negative, was " + firstResponseSeconds);
    }
    if (reopenCount < 0) {
      throw new IllegalArgumentException("reopenCount must not be negative, was " + reopenCount);
    }
    if (handleSeconds != null && handleSeconds < 0) {
      throw new IllegalArgumentException(
          "handleSeconds must not be negative, was " + handleSeconds);
    }
  }

  /** The facts of an intake ticket. */
  public static TicketFacts of(Ticket ticket) {
    Long firstResponse =
        ticket.firstResponseAt() == null
            ? null
            : Duration.between(ticket.createdAt(), ticket.firstResponseAt()).toSeconds();
    return new TicketFacts(
        ticket.externalId(),
        ticket.customerId(),
        ticket.assigneeId(),
        ticket.channel(),
        ticket.category(),
        ticket.priority(),
        ticket.createdAt(),
        firstResponse,
        ticket.resolvedAt() != null,
        ticket.reopenCount(),
        ticket.satisfaction(),
        ticket.complaint(),
        ticket.escalated(),
        ticket.handleSeconds());
  }
}
