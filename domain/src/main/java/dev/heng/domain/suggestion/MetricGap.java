package dev.heng.domain.suggestion;

import dev.heng.domain.scoring.Metric;

/**
 * How far an agent's metric lies from the median of its peers. Positive gaps mean the agent is
 * behind.
 *
 * @param metric the metric
 * @param value the agent's raw value (a rate, a rating, seconds, a count)
 * @param peerMedianValue the median of the peers' raw values, or null when none has one
 * @param ratio the agent's observed over expected for an adjusted metric, otherwise null
 * @param peerMedianRatio the median of the peers' ratios for an adjusted metric, otherwise null
 * @param normalised the agent's normalised value, 0..100
 * @param peerMedian the median of the peers' normalised values, 0..100
 * @param gapPoints {@code peerMedian - normalised}
 * @param contribution the points the metric adds to the agent's total
 * @param peerMedianContribution the median of the points it adds to the peers' totals
 * @param contributionGap {@code peerMedianContribution - contribution}: points of the total at
 *     stake
 * @param peersWithData how many peers have a value for the metric
 * @param weak whether the metric counts as weak: not weighted volume (load is not the agent's
 *     choice), at least the configured number of points behind, and worth points of the total
 */
public record MetricGap(
    Metric metric,
    Double value,
    Double peerMedianValue,
    Double ratio,
    Double peerMedianRatio,
    double normalised,
    double peerMedian,
    double gapPoints,
    double contribution,
    double peerMedianContribution,
    double contributionGap,
    int peersWithData,
    boolean weak) {

  /**
   * @throws IllegalArgumentException if {@code metric} is null or no peer has data
   */
  public MetricGap {
    if (metric == null) {
      throw new IllegalArgumentException("metric must not be null");
    }
    if (peersWithData < 1) {
      throw new IllegalArgumentException(
          "peersWithData must be at least 1, was " + peersWithData + " for " + metric.key());
    }
  }
}
