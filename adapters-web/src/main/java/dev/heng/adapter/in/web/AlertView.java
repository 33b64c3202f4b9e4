package dev.heng.adapter.in.web;

import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.alert.AnomalyDetail;
import java.time.Instant;
import java.util.List;

/**
 * An alert as the API shows it, with a sentence saying what it reports; {@code anomaly} is null on
 * capacity alerts.
 */
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
    String message,
    AnomalyView anomaly) {

  /** What an anomaly alert found. */
  record AnomalyView(
      String subjectType,
      String metric,
      Instant hourStart,
      double baseline,
      double deviation,
      int volume,
      int baselineHours,
      int baselineVolume,
      List<String> tickets) {

    static AnomalyView of(AnomalyDetail detail) {
      return detail == null
          ? null
          : new AnomalyView(
              detail.subjectType().key(),
              detail.metric().key(),
              detail.hourStart(),
              detail.baseline(),
              detail.deviation(),
              detail.volume(),
              detail.baselineHours(),
              detail.baselineVolume(),
              detail.tickets());
    }
  }

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
        alert.message(),
        AnomalyView.of(alert.anomaly()));
  }
}
