package dev.heng.domain.record;

/** Whether a customer is a business or a person. */
public enum Segment {
  ENTERPRISE,
  INDIVIDUAL
}
