package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Asks for a ticket's trajectory.
 *
 * @param caller who asks; the tenant comes from here
 * @param ticketId the ticket's external id
 */
public record ReplayTrajectoryQuery(Caller caller, String ticketId) {

  public ReplayTrajectoryQuery {
    if (caller == null || ticketId == null || ticketId.isBlank()) {
      throw new IllegalArgumentException(
          "caller and ticketId must be given, ticketId was '" + ticketId + "'");
    }
  }
}
