package dev.heng.domain.suggestion;

/** What the stored scorecards could say about trainings that preceded improvement. */
public enum TrainingEvidence {
  /** At least one training was followed by a higher mean value among the peers who completed it. */
  IMPROVEMENT_FOUND,
  /** Trainings could be compared, but none was followed by a higher mean value. */
  NO_IMPROVEMENT,
  /**
   * Earlier runs are stored, but no peer completed a training in the window with a scorecard of the
   * period before it.
   */
  NO_COMPARABLE_TRAINING,
  /** No run of a period before the asked one is stored, so nothing can be compared. */
  NO_EARLIER_RUN
}
