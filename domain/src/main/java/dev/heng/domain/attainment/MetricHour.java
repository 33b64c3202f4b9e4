package dev.heng.domain.attainment;

import java.util.List;

/**
 * One hourly metric of one subject in one hour.
 *
 * @param metric the metric
 * @param value its value in the metric's unit (a count, minutes, a rating, a share)
 * @param volume how many tickets it was measured on, 1 or more
 * @param normalised the value on the scorecard's 0..100 scale for the hour (see {@link
 *     HourlyAttainmentCalculator})
 * @param tickets the external ids of those tickets, in the order they were given
 */
public record MetricHour(
    HourlyMetric metric, double value, int volume, double normalised, List<String> tickets) {

  /**
   * @throws IllegalArgumentException if the metric is missing, the value is not finite, the volume
   *     is below 1 or the normalised value is outside 0..100
   */
  public MetricHour {
    if (metric == null) {
      throw new IllegalArgumentException("metric must not be null");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "value of " + metric.key() + " must be finite, was " + value);
    }
    if (volume < 1) {
      throw new IllegalArgumentException("volume must be 1 or more, was " + volume);
    }
    if (!(normalised >= 0 && normalised <= 100)) {
      throw new IllegalArgumentException("normalised must be within 0..100, was " + normalised);
    }
    tickets = tickets == null ? List.of() : List.copyOf(tickets);
  }
}
