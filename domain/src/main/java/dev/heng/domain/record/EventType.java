package dev.heng.domain.record;

/** The steps of a ticket's trajectory. */
public enum EventType {
  CREATED,
  ASSIGNED,
  TRANSFERRED,
  MESSAGE,
  STATUS_CHANGED,
  ESCALATED,
  SUBTASK_OPENED,
  SUBTASK_CLOSED,
  KNOWLEDGE_SEARCHED,
  KNOWLEDGE_LINKED,
  RESOLVED,
  REOPENED,
  RATING_RECEIVED
}
