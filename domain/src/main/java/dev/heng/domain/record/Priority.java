package dev.heng.domain.record;

/** A ticket's priority, most pressing first. */
public enum Priority {
  URGENT,
  HIGH,
  NORMAL,
  LOW
}
