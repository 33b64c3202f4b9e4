package dev.heng.domain.alert;

/** Where an alert is in its life: open, seen by someone, or over. */
public enum AlertStatus {
  /** Raised and not yet seen. */
  OPEN,
  /** Seen by someone who will act; the condition may still hold. */
  ACKNOWLEDGED,
  /** Over: the condition no longer holds, or someone closed it. */
  RESOLVED;

  /** Whether an alert in this status still stands for its condition. */
  public boolean standing() {
    return this != RESOLVED;
  }
}
