package dev.heng.domain.trajectory;

import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.EventType;
import java.time.Instant;

/**
 * One event of a ticket's trajectory, in time order.
 *
 * @param eventId the event's external id
 * @param type what happened
 * @param actorType who did it
 * @param actorId the agent or customer, or null for the system
 * @param occurredAt when
 * @param secondsToNext seconds until the next event, or null for the last one
 * @param customerWaitSeconds for an agent's message: seconds since the oldest customer message it
 *     answered (the customer's wait); null for other steps or when no customer message waited
 * @param status the ticket's status from this step on
 * @param text the message text, knowledge query, linked article id, target agent or subtask id the
 *     event carries, or null
 * @param emotion for a message, its emotion; null for other steps
 */
public record TrajectoryStep(
    String eventId,
    EventType type,
    ActorType actorType,
    String actorId,
    Instant occurredAt,
    Long secondsToNext,
    Long customerWaitSeconds,
    String status,
    String text,
    MessageEmotion emotion) {

  public TrajectoryStep {
    if (eventId == null || type == null || actorType == null || occurredAt == null) {
      throw new IllegalArgumentException("eventId, type, actorType and occurredAt are required");
    }
  }
}
