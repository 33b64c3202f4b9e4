package dev.heng.domain.suggestion;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Priority;
import java.time.Instant;

/**
 * One of the agent's tickets that shows a gap, with the figures that make it one; its trajectory
 * can be replayed by its id.
 *
 * @param ticketId the ticket's external id
 * @param category its problem category
 * @param priority its priority
 * @param channel its channel
 * @param createdAt when it was raised
 * @param complaint whether the customer complained
 * @param satisfaction the rating 1..5, or null when not rated
 * @param firstResponseSeconds seconds to the first answer, or null when unanswered
 * @param handleSeconds the working time in seconds, or null when unknown
 * @param resolved whether it is resolved
 * @param reopenCount how often it was reopened
 */
public record GapTicket(
    String ticketId,
    String category,
    Priority priority,
    Channel channel,
    Instant createdAt,
    boolean complaint,
    Integer satisfaction,
    Long firstResponseSeconds,
    Integer handleSeconds,
    boolean resolved,
    int reopenCount) {

  /**
   * @throws IllegalArgumentException if the id or creation time is null
   */
  public GapTicket {
    if (ticketId == null || createdAt == null) {
      throw new IllegalArgumentException("ticketId and createdAt must not be null");
    }
  }
}
