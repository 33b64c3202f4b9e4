package dev.heng.domain.suggestion;

import java.util.List;

/**
 * Training whose completion preceded improvement among the peers, or why there is no such evidence.
 *
 * @param evidence what the stored scorecards could say
 * @param earlierRuns the periods before the asked one, within the window, that have stored runs,
 *     latest first
 * @param trainings the trainings compared, those followed by the largest mean improvement first;
 *     empty unless evidence is {@link TrainingEvidence#IMPROVEMENT_FOUND} or {@link
 *     TrainingEvidence#NO_IMPROVEMENT}
 * @param sentence what this says, in one plain sentence
 */
public record TrainingAdvice(
    TrainingEvidence evidence,
    List<String> earlierRuns,
    List<TrainingEffect> trainings,
    String sentence) {

  /**
   * @throws IllegalArgumentException if the evidence or the sentence is null
   */
  public TrainingAdvice {
    if (evidence == null || sentence == null) {
      throw new IllegalArgumentException("evidence and sentence must not be null");
    }
    earlierRuns = List.copyOf(earlierRuns);
    trainings = List.copyOf(trainings);
  }
}
