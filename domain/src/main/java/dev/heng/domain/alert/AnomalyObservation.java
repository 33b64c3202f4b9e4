package dev.heng.domain.alert;

import dev.heng.domain.attainment.HourlyMetric;
import dev.heng.domain.attainment.MetricHour;
import dev.heng.domain.attainment.SubjectType;
import java.util.List;

/**
 * One metric of one subject in the hour being checked, with the same metric in the comparable hours
 * (the same hour of the week in each of the earlier weeks the settings look back).
 *
 * @param subjectType agent or team
 * @param subjectId the agent's or team's external id
 * @param teamId the team an alert about it belongs to (for an agent its team, or null)
 * @param metric the metric
 * @param current the hour's figure, or null when the subject had no data for the metric
 * @param comparable the comparable hours that have data, any order; weeks without data are left out
 */
public record AnomalyObservation(
    SubjectType subjectType,
    String subjectId,
    String teamId,
    HourlyMetric metric,
    MetricHour current,
    List<MetricHour> comparable) {

  /**
   * @throws IllegalArgumentException if the subject or the metric is missing, or a figure is of
   *     another metric
   */
  public AnomalyObservation {
    if (subjectType == null || subjectId == null || subjectId.isBlank() || metric == null) {
      throw new IllegalArgumentException(
          "subjectType, subjectId and metric must be set, were "
              + subjectType
              + ", '"
              + subjectId
              + "' and "
              + metric);
    }
    comparable = comparable == null ? List.of() : List.copyOf(comparable);
    if (current != null && current.metric() != metric) {
      throw new IllegalArgumentException(
          "current must be of metric " + metric + ", was " + current.metric());
    }
    for (MetricHour hour : comparable) {
      if (hour.metric() != metric) {
        throw new IllegalArgumentException(
            "comparable hours must be of metric " + metric + ", had " + hour.metric());
      }
    }
  }

  /** The key that at most one standing alert of a tenant may hold for this condition. */
  public String openKey() {
    return RaisedAnomaly.openKey(subjectType, subjectId, metric);
  }
}
