package dev.heng.domain.record;

/** Whether a customer is still with the tenant. */
public enum RetentionStatus {
  ACTIVE,
  AT_RISK,
  CHURNED
}
