package dev.heng.domain.alert;

/** What condition an alert reports. */
public enum AlertKind {
  /** An agent keeps more customers than the tenant's raw threshold. */
  CAPACITY_RAW,
  /** An agent's customers, each counted by its difficulty coefficient, exceed the threshold. */
  CAPACITY_WEIGHTED
}
