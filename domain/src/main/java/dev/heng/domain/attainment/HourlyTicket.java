package dev.heng.domain.attainment;

import java.time.Instant;

/**
 * What hourly attainment reads of a ticket.
 *
 * @param externalId the ticket's external id
 * @param agentId its current assignee
 * @param teamId the assignee's current team, or null when it has none
 * @param createdAt when it was raised
 * @param firstResponseAt when it was first answered, or null
 * @param resolvedAt when it was last resolved, or null while open
 * @param satisfaction the rating 1..5, or null
 * @param complaint whether it carries a complaint
 * @param handleSeconds agent working time in seconds, or null when unknown
 */
public record HourlyTicket(
    String externalId,
    String agentId,
    String teamId,
    Instant createdAt,
    Instant firstResponseAt,
    Instant resolvedAt,
    Integer satisfaction,
    boolean complaint,
    Integer handleSeconds) {

  /**
   * @throws IllegalArgumentException if the id, the agent or the creation time is missing
   */
  public HourlyTicket {
    if (externalId == null || externalId.isBlank() || agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException(
          "externalId and agentId must not be blank, were '"
              + externalId
              + "' and '"
              + agentId
              + "'");
    }
    if (createdAt == null) {
      throw new IllegalArgumentException("createdAt must not be null for ticket " + externalId);
    }
  }
}
