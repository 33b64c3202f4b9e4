package dev.heng.domain.scoring;

import java.util.List;

/**
 * One dimension of a scorecard.
 *
 * @param dimension basic, quality or development
 * @param weight the configured weight in points (the sum of its metrics' weights)
 * @param score the dimension's own score 0..100 (its metrics' normalised values weighted), or null
 *     when none of its metrics has data
 * @param metrics its metrics in configuration order
 */
public record DimensionScore(
    ScorecardDimension dimension, double weight, Double score, List<MetricScore> metrics) {

  public DimensionScore {
    if (dimension == null) {
      throw new IllegalArgumentException("dimension must not be null");
    }
    metrics = List.copyOf(metrics);
  }
}
