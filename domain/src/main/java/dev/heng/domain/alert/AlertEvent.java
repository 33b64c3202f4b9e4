package dev.heng.domain.alert;

import java.time.Instant;
import java.util.Locale;

/**
 * One change of an alert, with the alert as it is after the change. The live stream and webhooks
 * deliver these; a receiver that sees the same event id twice has seen the same event.
 *
 * @param eventId the event's unique id
 * @param change what happened
 * @param occurredAt when it happened
 * @param alert the alert after it
 */
public record AlertEvent(String eventId, AlertChange change, Instant occurredAt, Alert alert) {

  /**
   * @throws IllegalArgumentException if a value is null or the event id is blank
   */
  public AlertEvent {
    if (eventId == null || eventId.isBlank()) {
      throw new IllegalArgumentException("eventId must not be blank, was '" + eventId + "'");
    }
    if (change == null || occurredAt == null || alert == null) {
      throw new IllegalArgumentException("change, occurredAt and alert must not be null");
    }
  }

  /** The event's type as delivered: {@code alert.raised}, {@code alert.acknowledged}, ... */
  public String type() {
    return "alert." + change.name().toLowerCase(Locale.ROOT);
  }
}
