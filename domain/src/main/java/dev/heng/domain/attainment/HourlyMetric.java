package dev.heng.domain.attainment;

import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.ScorecardDimension;
import java.util.Locale;

/**
 * The scorecard metrics that can be measured within one hour, each from the tickets whose timestamp
 * falls in that hour. Metrics that need a longer view (resolution rate, knowledge credit, emotion
 * recovery, the development metrics) have no hourly form.
 */
public enum HourlyMetric {
  /**
   * Tickets the subject resolved in the hour (value and volume are the count); the hourly form of
   * {@link Metric#WEIGHTED_VOLUME}, without the pool weighting, which is a property of the period.
   */
  RESOLVED_TICKETS(Metric.WEIGHTED_VOLUME, true, "tickets"),
  /** Mean minutes from creation to first response of the tickets first answered in the hour. */
  FIRST_RESPONSE(Metric.FIRST_RESPONSE, false, "minutes"),
  /** Mean rating (1..5) of the tickets resolved in the hour that carry a rating. */
  SATISFACTION(Metric.SATISFACTION, true, "points"),
  /** Share (0..1) of the tickets resolved in the hour that carry a complaint. */
  COMPLAINT_RATE(Metric.COMPLAINT_RATE, false, "of the tickets"),
  /** Mean handle minutes of the tickets resolved in the hour that carry a handle time. */
  HANDLE_TIME(Metric.HANDLE_EFFORT, false, "minutes");

  private final Metric scorecardMetric;
  private final boolean higherIsBetter;
  private final String unit;

  HourlyMetric(Metric scorecardMetric, boolean higherIsBetter, String unit) {
    this.scorecardMetric = scorecardMetric;
    this.higherIsBetter = higherIsBetter;
    this.unit = unit;
  }

  /** The unit a value is given in, for sentences: {@code minutes}, {@code tickets}, ... */
  public String unit() {
    return unit;
  }

  /** The scorecard metric whose weight and normalisation this hourly metric takes. */
  public Metric scorecardMetric() {
    return scorecardMetric;
  }

  /** The scorecard dimension the metric counts towards. */
  public ScorecardDimension dimension() {
    return scorecardMetric.dimension();
  }

  /** Whether a higher value is better. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** The metric's name in answers and storage, such as {@code first_response}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds a metric by its key.
   *
   * @throws IllegalArgumentException naming the key if there is no such hourly metric
   */
  public static HourlyMetric ofKey(String key) {
    for (HourlyMetric metric : values()) {
      if (metric.key().equals(key)) {
        return metric;
      }
    }
    throw new IllegalArgumentException("there is no hourly metric '" + key + "'");
  }
}
