package dev.heng.domain.suggestion;

import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringPeriod;
import java.util.List;

/**
 * An agent's scorecard set against the scorecards of its peers in one period: the first half of a
 * suggestion, computed from stored scorecards alone.
 *
 * @param period the period
 * @param agent the agent's scorecard
 * @param peers the peer group
 * @param peerCards the peers' scorecards, in the order of {@code peers.agentIds()}
 * @param dimensions every dimension, the largest contribution gap first
 * @param metrics every metric the agent and at least one peer have data for, the largest
 *     contribution gap first
 */
public record PeerComparison(
    ScoringPeriod period,
    Scorecard agent,
    PeerGroup peers,
    List<Scorecard> peerCards,
    List<DimensionGap> dimensions,
    List<MetricGap> metrics) {

  /**
   * @throws IllegalArgumentException if the period, the agent's card or the peer group is null
   */
  public PeerComparison {
    if (period == null || agent == null || peers == null) {
      throw new IllegalArgumentException("period, agent and peers must not be null");
    }
    peerCards = List.copyOf(peerCards);
    dimensions = List.copyOf(dimensions);
    metrics = List.copyOf(metrics);
  }

  /** The weak metrics, weakest first. */
  public List<MetricGap> weakMetrics() {
    return metrics.stream().filter(MetricGap::weak).toList();
  }
}
