package dev.heng.application.port.out;

import dev.heng.domain.record.EventType;
import java.time.Instant;
import java.util.Set;

/**
 * The restrictions of a listing, already checked to apply to the kind listed. Null fields do not
 * restrict.
 *
 * @param teamId records of this team
 * @param agentId records of this agent
 * @param customerId tickets of this customer
 * @param ticketId events of this ticket
 * @param from the record's own time at or after this instant
 * @param to the record's own time before this instant
 * @param updatedSince stored or changed at or after this instant
 * @param eventTypes events of one of these types; null for every type, never empty
 */
public record RecordCriteria(
    String teamId,
    String agentId,
    String customerId,
    String ticketId,
    Instant from,
    Instant to,
    Instant updatedSince,
    Set<EventType> eventTypes) {

  /**
   * @throws IllegalArgumentException if {@code eventTypes} is empty (it would match nothing)
   */
  public RecordCriteria {
    if (eventTypes != null) {
      if (eventTypes.isEmpty()) {
        throw new IllegalArgumentException("eventTypes must be null or not empty, was empty");
      }
      eventTypes = Set.copyOf(eventTypes);
    }
  }

  /** Restrictions that take events of every type. */
  public RecordCriteria(
      String teamId,
      String agentId,
      String customerId,
      String ticketId,
      Instant from,
      Instant to,
      Instant updatedSince) {
    this(teamId, agentId, customerId, ticketId, from, to, updatedSince, null);
  }
}
