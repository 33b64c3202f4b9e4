package dev.heng.domain.record;

/** The kinds of contribution an agent makes beyond handling tickets. */
public enum ContributionType {
  IMPROVEMENT_SUGGESTION,
  COLLABORATION_CASE,
  TRAINING_RESULT
}
