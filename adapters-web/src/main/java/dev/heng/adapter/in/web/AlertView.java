package dev.heng.adapter.in.web;

import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import java.time.Instant;

/** An alert as the API shows it, with a sentence saying what it reports. */
record AlertView(
    long id,
    AlertKind kind,
    AlertStatus status,
    String agentId,
    String teamId,
    double value,
    double threshold,
    Instant raisedAt,
    Instant acknowledgedAt,
    Instant resolvedAt,
    String resolution,
    String message) {

  static AlertView of(Alert alert) {
    return new AlertView(
        alert.id(),
        alert.kind(),
        alert.status(),
        alert.agentId(),
        alert.teamId(),
        alert.value(),
        alert.threshold(),
        alert.raisedAt(),
        alert.acknowledgedAt(),
        alert.resolvedAt(),
        alert.resolution(),
        alert.message());
  }
}
