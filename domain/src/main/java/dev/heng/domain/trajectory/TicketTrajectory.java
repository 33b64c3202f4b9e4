package dev.heng.domain.trajectory;

import java.util.List;

/**
 * A ticket's trajectory for replay.
 *
 * @param ticketId the ticket's external id
 * @param steps its events in time order
 * @param summary the figures over them
 */
public record TicketTrajectory(
    String ticketId, List<TrajectoryStep> steps, TrajectorySummary summary) {

  public TicketTrajectory {
    steps = List.copyOf(steps);
  }
}
