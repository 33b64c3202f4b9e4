package dev.heng.domain.record;

/** What became of a process-improvement suggestion. */
public enum AdoptionStatus {
  SUBMITTED,
  ADOPTED,
  REJECTED
}
