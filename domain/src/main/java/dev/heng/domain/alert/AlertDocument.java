package dev.heng.domain.alert;

import java.util.Locale;

/**
 * The JSON document of an alert event, as webhooks carry it. Written by hand so that the body that
 * is signed and stored in the outbox is fixed when the event happens, whatever serialiser the
 * adapters use.
 */
public final class AlertDocument {

  private AlertDocument() {}

  /** The event as one line of JSON with camelCase fields, times in ISO-8601 UTC. */
  public static String json(AlertEvent event) {
    Alert alert = event.alert();
    StringBuilder json = new StringBuilder(320);
    json.append("{\"eventId\":")
        .append(quote(event.eventId()))
        .append(",\"type\":")
        .append(quote(event.type()))
        .append(",\"occurredAt\":")
        .append(quote(event.occurredAt().toString()))
        .append(",\"alert\":{\"id\":")
        .append(alert.id())
        .append(",\"kind\":")
        .append(quote(alert.kind().name().toLowerCase(Locale.ROOT)))
        .append(",\"status\":")
        .append(quote(alert.status().name().toLowerCase(Locale.ROOT)))
        .append(",\"agentId\":")
        .append(quote(alert.agentId()))
        .append(",\"teamId\":")
        .append(quote(alert.teamId()))
        .append(",\"value\":")
        .append(alert.value())
        .append(",\"threshold\":")
        .append(alert.threshold())
        .append(",\"raisedAt\":")
        .append(quote(alert.raisedAt().toString()))
        .append(",\"resolvedAt\":")
        .append(quote(alert.resolvedAt() == null ? null : alert.resolvedAt().toString()))
        .append(",\"message\":")
        .append(quote(alert.message()))
        .append("}}");
    return json.toString();
  }

  private static String quote(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append("\\u%04x".formatted((int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
