package dev.heng.domain.record;

/** The form of a training drill. */
public enum TrainingKind {
  SIMULATION,
  VR_DRILL,
  CLASSROOM,
  E_LEARNING
}
