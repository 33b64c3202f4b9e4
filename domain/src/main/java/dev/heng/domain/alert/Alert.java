package dev.heng.domain.alert;

import dev.heng.domain.access.AccessScope;
import dev.heng.domain.attainment.SubjectType;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Locale;

/**
 * A stored alert about one agent, or (anomalies only) about one team.
 *
 * @param id the alert's id, positive, unique across tenants
 * @param tenantId the tenant it belongs to
 * @param kind the condition it reports
 * @param agentId the agent it is about, or null for an anomaly alert about a team
 * @param teamId the agent's team when it was raised, or null; for an alert about a team the team
 * @param status where it is in its life
 * @param value the measured count when it was raised; for an anomaly the hour's value
 * @param threshold the threshold the count exceeded; for an anomaly the edge of the band around the
 *     baseline that the value lies beyond
 * @param raisedAt when it was raised
 * @param acknowledgedAt when someone acknowledged it, or null
 * @param resolvedAt when it was resolved, or null while it stands
 * @param resolution why it was resolved ({@code pool_dropped}, {@code back_within_band} or {@code
 *     closed}), or null
 * @param anomaly what an anomaly alert found; null exactly when the kind is a capacity kind
 */
public record Alert(
    long id,
    TenantId tenantId,
    AlertKind kind,
    String agentId,
    String teamId,
    AlertStatus status,
    double value,
    double threshold,
    Instant raisedAt,
    Instant acknowledgedAt,
    Instant resolvedAt,
    String resolution,
    AnomalyDetail anomaly) {

  /**
   * @throws IllegalArgumentException if a required value is missing, the id is not positive, the
   *     resolution time does not match the status, or the anomaly detail does not match the kind
   */
  public Alert {
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive, was " + id);
    }
    if (tenantId == null || kind == null || status == null || raisedAt == null) {
      throw new IllegalArgumentException("tenantId, kind, status and raisedAt must not be null");
    }
    if (kind.capacity() == (anomaly != null)) {
      throw new IllegalArgumentException(
          "anomaly must be set exactly when kind is ANOMALY, kind " + kind + " had " + anomaly);
    }
    boolean aboutTeam = anomaly != null && anomaly.subjectType() == SubjectType.TEAM;
    String subject = aboutTeam ? teamId : agentId;
    if (subject == null || subject.isBlank() || (aboutTeam && agentId != null)) {
      throw new IllegalArgumentException(
          "an alert about "
              + (aboutTeam ? "a team needs a teamId and no agentId" : "an agent needs an agentId")
              + ", had agentId '"
              + agentId
              + "' and teamId '"
              + teamId
              + "'");
    }
    if (status.standing() == (resolvedAt != null)) {
      throw new IllegalArgumentException(
          "resolvedAt must be set exactly when status is RESOLVED, status "
              + status
              + " had "
              + resolvedAt);
    }
  }

  /** A capacity alert, which carries no anomaly detail. */
  public Alert(
      long id,
      TenantId tenantId,
      AlertKind kind,
      String agentId,
      String teamId,
      AlertStatus status,
      double value,
      double threshold,
      Instant raisedAt,
      Instant acknowledgedAt,
      Instant resolvedAt,
      String resolution) {
    this(
        id,
        tenantId,
        kind,
        agentId,
        teamId,
        status,
        value,
        threshold,
        raisedAt,
        acknowledgedAt,
        resolvedAt,
        resolution,
        null);
  }

  /**
   * The key of the condition the alert stands for: at most one standing alert of a tenant holds it.
   */
  public String conditionKey() {
    return anomaly == null
        ? RaisedAlert.openKey(kind, agentId)
        : RaisedAnomaly.openKey(
            anomaly.subjectType(),
            anomaly.subjectType() == SubjectType.TEAM ? teamId : agentId,
            anomaly.metric());
  }

  /**
   * Whether a caller of {@code scope} may see this alert: the whole tenant sees every alert, a team
   * lead those about agents of the team and about the team, an agent those about itself.
   */
  public boolean visibleTo(AccessScope scope) {
    return switch (scope) {
      case AccessScope.WholeTenant whole -> true;
      case AccessScope.OwnTeam team -> team.teamId().equals(teamId);
      case AccessScope.OwnAgent agent -> agent.agentId().equals(agentId);
    };
  }

  /** A plain-language sentence saying what the alert reports. */
  public String message() {
    return switch (kind) {
      case CAPACITY_RAW ->
          capacityMessage(
              String.format(Locale.ROOT, "%d customers", Math.round(value)),
              String.format(Locale.ROOT, "%d", Math.round(threshold)));
      case CAPACITY_WEIGHTED ->
          capacityMessage(
              String.format(Locale.ROOT, "%.1f difficulty-weighted customers", value),
              String.format(Locale.ROOT, "%.1f", threshold));
      case ANOMALY -> anomalyMessage();
    };
  }

  private String capacityMessage(String measure, String limit) {
    return "Agent " + agentId + " keeps " + measure + ", above the threshold of " + limit + ".";
  }

  private String anomalyMessage() {
    String subject =
        anomaly.subjectType() == SubjectType.TEAM ? "Team " + teamId : "Agent " + agentId;
    return String.format(
        Locale.ROOT,
        "%s: %s in the hour from %s was %.2f %s, %.0f%% %s the baseline of %.2f over %d"
            + " comparable hours (%s), on %d tickets.",
        subject,
        anomaly.metric().key().replace('_', ' '),
        anomaly.hourStart(),
        value,
        anomaly.metric().unit(),
        Math.abs(anomaly.deviation()) * 100,
        anomaly.deviation() > 0 ? "above" : "below",
        anomaly.baseline(),
        anomaly.baselineHours(),
        anomaly.better() ? "better" : "worse",
        anomaly.volume());
  }
}
