package dev.heng.domain.record;

/** When a customer is entitled to service. */
public enum ServiceWindow {
  /** Around the clock, every day (24x7). */
  ALWAYS,
  /** Business hours only. */
  BUSINESS_HOURS
}
