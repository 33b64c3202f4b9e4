package dev.heng.domain.suggestion;

import java.time.Instant;

/**
 * One peer's score on a metric before and after completing a training.
 *
 * @param agentId the peer, or null when the reader may not see it
 * @param recordId the training result's external id, or null when the reader may not see the peer
 * @param completedAt when the training was completed
 * @param trainingScore the score the peer reached in the training, 0..100
 * @param beforePeriod the period before the one the training was completed in
 * @param afterPeriod the asked period, wholly after the completion
 * @param before the peer's normalised value on the metric in {@code beforePeriod}
 * @param after the peer's normalised value on the metric in {@code afterPeriod}
 * @param change {@code after - before}, in normalised points
 */
public record TrainingComparison(
    String agentId,
    String recordId,
    Instant completedAt,
    double trainingScore,
    String beforePeriod,
    String afterPeriod,
    double before,
    double after,
    double change) {

  /**
   * @throws IllegalArgumentException if the completion time or a period is null
   */
  public TrainingComparison {
    if (completedAt == null || beforePeriod == null || afterPeriod == null) {
      throw new IllegalArgumentException(
          "completedAt, beforePeriod and afterPeriod must not be null");
    }
  }

  /** The same comparison without the peer's name. */
  TrainingComparison anonymous() {
    return new TrainingComparison(
        null, null, completedAt, trainingScore, beforePeriod, afterPeriod, before, after, change);
  }
}
