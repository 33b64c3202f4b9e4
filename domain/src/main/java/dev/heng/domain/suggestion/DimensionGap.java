package dev.heng.domain.suggestion;

import dev.heng.domain.scoring.ScorecardDimension;

/**
 * How far one dimension of an agent's scorecard lies from the median of its peers.
 *
 * @param dimension the dimension
 * @param score the agent's dimension score 0..100, or null when none of its metrics has data
 * @param peerMedian the median of the peers' dimension scores, or null when none has one
 * @param gapPoints {@code peerMedian - score}, or null when either is missing
 * @param contribution the points the dimension's metrics add to the agent's total
 * @param peerMedianContribution the median of the points they add to the peers' totals
 * @param contributionGap {@code peerMedianContribution - contribution}
 * @param weak whether at least one of its metrics is weak
 */
public record DimensionGap(
    ScorecardDimension dimension,
    Double score,
    Double peerMedian,
    Double gapPoints,
    double contribution,
    double peerMedianContribution,
    double contributionGap,
    boolean weak) {

  /**
   * @throws IllegalArgumentException if {@code dimension} is null
   */
  public DimensionGap {
    if (dimension == null) {
      throw new IllegalArgumentException("dimension must not be null");
    }
  }
}
