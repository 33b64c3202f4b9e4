package dev.heng.domain.record;

import java.time.Instant;

/**
 * One step of a ticket's trajectory. The payload fields an event needs depend on its type: a
 * message carries {@code text}, a knowledge search its {@code query}, a knowledge link its {@code
 * articleId}, a transfer or assignment its {@code targetAgentId}, a status change its {@code
 * status}, a subtask its {@code subtaskId}, a rating its {@code rating}.
 *
 * @param externalId the caller's id of the event, its idempotency key
 * @param ticketId external id of the ticket it belongs to
 * @param type what happened
 * @param occurredAt when it happened
 * @param actorType who did it
 * @param actorId external id of the agent or customer who did it, or null for the system
 * @param text message text, or null
 * @param query knowledge search query, or null
 * @param articleId external id of the linked article, or null
 * @param targetAgentId external id of the agent a ticket was assigned or transferred to, or null
 * @param status the new status, or null
 * @param subtaskId the caller's id of a subtask, or null
 * @param rating a satisfaction rating 1..5, or null
 */
public record TicketEvent(
    String externalId,
    String ticketId,
    EventType type,
    Instant occurredAt,
    ActorType actorType,
    String actorId,
    String text,
    String query,
    String articleId,
    String targetAgentId,
    String status,
    String subtaskId,
    Integer rating)
    implements IntakeRecord {

  public TicketEvent {
    externalId = Fields.externalId("externalId", externalId);
    ticketId = Fields.externalId("ticketId", ticketId);
    Fields.required("type", type);
    occurredAt = Fields.instant("occurredAt", occurredAt);
    Fields.required("actorType", actorType);
    actorId = Fields.optionalExternalId("actorId", actorId);
    if (actorType != ActorType.SYSTEM && actorId == null) {
      throw new InvalidFieldException("actorId", "is required when actorType is " + actorType);
    }
    text = Fields.optionalText("text", text, 20_000);
    query = Fields.optionalText("query", query, 1_000);
    articleId = Fields.optionalExternalId("articleId", articleId);
    targetAgentId = Fields.optionalExternalId("targetAgentId", targetAgentId);
    status = Fields.optionalText("status", status, 50);
    subtaskId = Fields.optionalExternalId("subtaskId", subtaskId);
    Fields.optionalRange("rating", rating, 1, 5);
    switch (type) {
      case MESSAGE -> Fields.text("text", text, 20_000);
      case KNOWLEDGE_SEARCHED -> Fields.text("query", query, 1_000);
      case KNOWLEDGE_LINKED -> Fields.externalId("articleId", articleId);
      case ASSIGNED, TRANSFERRED -> Fields.externalId("targetAgentId", targetAgentId);
      case STATUS_CHANGED -> Fields.text("status", status, 50);
      case SUBTASK_OPENED, SUBTASK_CLOSED -> Fields.externalId("subtaskId", subtaskId);
      case RATING_RECEIVED -> Fields.range("rating", rating, 1, 5);
      default -> {
        // The other types carry no payload of their own.
      }
    }
  }

  @Override
  public RecordKind kind() {
    return RecordKind.TICKET_EVENTS;
  }
}
