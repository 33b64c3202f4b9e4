package dev.heng.domain.record;

/** A customer's commercial value, highest first. */
public enum ValueTier {
  STRATEGIC,
  HIGH,
  STANDARD,
  LOW
}
