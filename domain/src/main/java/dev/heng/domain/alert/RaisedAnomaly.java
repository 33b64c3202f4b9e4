package dev.heng.domain.alert;

import dev.heng.domain.attainment.HourlyMetric;
import dev.heng.domain.attainment.SubjectType;
import java.util.Locale;

/**
 * An anomaly alert the rule decided to raise, not yet stored.
 *
 * @param subjectId the agent's or team's external id
 * @param teamId the team the alert belongs to (an agent's team, or the team itself), or null
 * @param value the hour's value
 * @param threshold the edge of the band the value lies beyond: baseline x (1 + deviation setting)
 *     above, baseline x (1 - deviation setting) below
 * @param detail what was found
 */
public record RaisedAnomaly(
    String subjectId, String teamId, double value, double threshold, AnomalyDetail detail) {

  /**
   * @throws IllegalArgumentException if the subject or the detail is missing
   */
  public RaisedAnomaly {
    if (subjectId == null || subjectId.isBlank() || detail == null) {
      throw new IllegalArgumentException(
          "subjectId and detail must be set, were '" + subjectId + "' and " + detail);
    }
  }

  /** The agent the alert is about, or null when it is about a team. */
  public String agentId() {
    return detail.subjectType() == SubjectType.AGENT ? subjectId : null;
  }

  /** The key that at most one standing alert of a tenant may hold: subject and metric. */
  public String openKey() {
    return openKey(detail.subjectType(), subjectId, detail.metric());
  }

  /** The open key of the anomaly condition of {@code metric} for a subject. */
  public static String openKey(SubjectType type, String subjectId, HourlyMetric metric) {
    return AlertKind.ANOMALY.name().toLowerCase(Locale.ROOT)
        + ":"
        + type.key()
        + ":"
        + subjectId
        + ":"
        + metric.key();
  }
}
