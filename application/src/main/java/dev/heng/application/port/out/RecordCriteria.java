package dev.heng.application.port.out;

import java.time.Instant;

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
 */
public record RecordCriteria(
    String teamId,
    String agentId,
    String customerId,
    String ticketId,
    Instant from,
    Instant to,
    Instant updatedSince) {}
