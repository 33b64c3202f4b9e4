package dev.heng.application.port.in;

import dev.heng.domain.trajectory.TicketTrajectory;
import reactor.core.publisher.Mono;

/** Replays how a ticket was handled, for quality review. */
public interface ReplayTrajectoryUseCase {

  /**
   * Replays a ticket: its events in order with waits, statuses, handovers, subtasks, knowledge use
   * and message emotion, and a summary. Every role but an agent sees any ticket of its tenant; an
   * agent sees only tickets it worked on (assignee, actor of an event, or target of an assignment
   * or transfer).
   *
   * @return a mono of the trajectory, or an empty mono when the tenant has no such ticket or the
   *     caller may not see it; the two cases are indistinguishable on purpose
   */
  Mono<TicketTrajectory> replay(ReplayTrajectoryQuery query);
}
