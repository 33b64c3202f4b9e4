package dev.heng.domain.suggestion;

/**
 * How improvement suggestions choose peers, call a metric weak and bound their evidence.
 *
 * @param peerBand the relative band of comparable workload: a peer's effective workload coefficient
 *     lies within {@code peerBand x} the agent's coefficient of it; 0 (exclusive) .. 5
 * @param bandStep how much the band widens each time it holds fewer than {@code minPeers}; 0
 *     (exclusive) .. 5
 * @param minPeers how many peers the band is widened to reach, 1..1000; fewer when the tenant
 *     scored fewer other agents
 * @param minGapPoints how far, in normalised points, a metric must lie below the peers' median to
 *     be weak; 0..100
 * @param trainingLookback how many periods before the asked one a peer's training may have been
 *     completed in to count as evidence, 1..24
 * @param maxSuggestions the most weak metrics that get a suggestion, weakest first; 1..20
 * @param maxItems the most articles, trainings or tickets one suggestion lists; 1..100
 */
public record SuggestionSettings(
    double peerBand,
    double bandStep,
    int minPeers,
    double minGapPoints,
    int trainingLookback,
    int maxSuggestions,
    int maxItems) {

  /** The defaults: a band of 20% widened by 10% steps to 5 peers, weak from 5 points behind. */
  public static final SuggestionSettings DEFAULTS = new SuggestionSettings(0.2, 0.1, 5, 5, 3, 3, 5);

  /**
   * @throws IllegalArgumentException naming the setting and its value if one is out of range
   */
  public SuggestionSettings {
    if (!(peerBand > 0 && peerBand <= 5)) {
      throw new IllegalArgumentException("peerBand must be within (0, 5], was " + peerBand);
    }
    if (!(bandStep > 0 && bandStep <= 5)) {
      throw new IllegalArgumentException("bandStep must be within (0, 5], was " + bandStep);
    }
    if (minPeers < 1 || minPeers > 1000) {
      throw new IllegalArgumentException("minPeers must be within 1..1000, was " + minPeers);
    }
    if (!(minGapPoints >= 0 && minGapPoints <= 100)) {
      throw new IllegalArgumentException("minGapPoints must be within 0..100, was " + minGapPoints);
    }
    if (trainingLookback < 1 || trainingLookback > 24) {
      throw new IllegalArgumentException(
          "trainingLookback must be within 1..24, was " + trainingLookback);
    }
    if (maxSuggestions < 1 || maxSuggestions > 20) {
      throw new IllegalArgumentException(
          "maxSuggestions must be within 1..20, was " + maxSuggestions);
    }
    if (maxItems < 1 || maxItems > 100) {
      throw new IllegalArgumentException("maxItems must be within 1..100, was " + maxItems);
    }
  }
}
