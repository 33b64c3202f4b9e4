package dev.heng.domain.record;

/** Who performed a ticket event. */
public enum ActorType {
  AGENT,
  CUSTOMER,
  SYSTEM
}
