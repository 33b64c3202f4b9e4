package dev.heng.domain.alert;

import dev.heng.domain.attainment.HourlyMetric;
import dev.heng.domain.attainment.SubjectType;
import java.time.Instant;
import java.util.List;

/**
 * What an anomaly alert found: which metric of which subject, in which hour, against what baseline,
 * and the tickets behind the hour's value.
 *
 * @param subjectType whether the alert is about an agent or a team
 * @param metric the hourly metric
 * @param hourStart the start of the anomalous hour
 * @param baseline the mean of the metric over the comparable hours, above 0
 * @param deviation {@code (value - baseline) / baseline}: 0.25 is 25% above the baseline
 * @param volume the tickets the hour's value rests on
 * @param baselineHours how many comparable hours (same hour of the week, earlier weeks) had data
 * @param baselineVolume the tickets those hours rest on together
 * @param tickets the external ids of the tickets behind the hour's value
 */
public record AnomalyDetail(
    SubjectType subjectType,
    HourlyMetric metric,
    Instant hourStart,
    double baseline,
    double deviation,
    int volume,
    int baselineHours,
    int baselineVolume,
    List<String> tickets) {

  /**
   * @throws IllegalArgumentException if a value is missing, the baseline is not above 0 or a count
   *     is below 1
   */
  public AnomalyDetail {
    if (subjectType == null || metric == null || hourStart == null) {
      throw new IllegalArgumentException("subjectType, metric and hourStart must not be null");
    }
    if (!(baseline > 0) || !Double.isFinite(deviation)) {
      throw new IllegalArgumentException(
          "baseline must be above 0 and deviation finite, were " + baseline + " and " + deviation);
    }
    if (volume < 1 || baselineHours < 1 || baselineVolume < 1) {
      throw new IllegalArgumentException(
          "volume, baselineHours and baselineVolume must be 1 or more, were "
              + volume
              + ", "
              + baselineHours
              + " and "
              + baselineVolume);
    }
    tickets = tickets == null ? List.of() : List.copyOf(tickets);
  }

  /** Whether the hour's value is better than the baseline, given which way the metric points. */
  public boolean better() {
    return (deviation > 0) == metric.higherIsBetter();
  }
}
