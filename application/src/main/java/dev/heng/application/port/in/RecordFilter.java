package dev.heng.application.port.in;

import java.time.Instant;

/**
 * Narrows a listing. Every field is optional (null means no restriction); a filter that does not
 * apply to a kind is refused by the use case rather than ignored.
 *
 * @param teamId records of this team: agents in it, customers they keep, tickets assigned to them,
 *     events of those tickets, their contributions
 * @param agentId records of this agent: customers it keeps, tickets assigned to it, its
 *     contributions, articles it wrote
 * @param customerId tickets of this customer
 * @param ticketId events of this ticket
 * @param from records whose own time (ticket creation, event time, article creation, contribution
 *     time) is at or after this instant
 * @param to records whose own time is before this instant
 * @param updatedSince records stored or changed at or after this instant
 */
public record RecordFilter(
    String teamId,
    String agentId,
    String customerId,
    String ticketId,
    Instant from,
    Instant to,
    Instant updatedSince) {

  /** No restriction. */
  public static final RecordFilter NONE =
      new RecordFilter(null, null, null, null, null, null, null);

  public RecordFilter {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, were " + from + " and " + to);
    }
  }
}
