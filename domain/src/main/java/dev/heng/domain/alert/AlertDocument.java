package dev.heng.domain.alert;

import java.util.Locale;

/**
 * The JSON document of an alert event, as webhooks carry it. Written by hand so that the body that
 * is signed and stored in the outbox is fixed when the event happens, whatever serialiser the
 * adapters use. An anomaly alert adds the field {@code anomaly} with what was found; a capacity
 * alert's document has no such field.
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
        .append(quote(alert.message()));
    if (alert.anomaly() != null) {
      anomaly(json, alert.anomaly());
    }
    return json.append("}}").toString();
  }

  /** The anomaly's detail as the field {@code anomaly}; capacity alerts carry no such field. */
  private static void anomaly(StringBuilder json, AnomalyDetail anomaly) {
    json.append(",\"anomaly\":{\"subjectType\":")
        .append(quote(anomaly.subjectType().key()))
        .append(",\"metric\":")
        .append(quote(anomaly.metric().key()))
        .append(",\"hourStart\":")
        .append(quote(anomaly.hourStart().toString()))
        .append(",\"baseline\":")
        .append(anomaly.baseline())
        .append(",\"deviation\":")
        .append(anomaly.deviation())
        .append(",\"volume\":")
        .append(anomaly.volume())
        .append(",\"baselineHours\":")
        .append(anomaly.baselineHours())
        .append(",\"baselineVolume\":")
        .append(anomaly.baselineVolume())
        .append(",\"tickets\":[");
    for (int i = 0; i < anomaly.tickets().size(); i++) {
      json.append(i == 0 ? "" : ",").append(quote(anomaly.tickets().get(i)));
    }
    json.append("]}");
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
