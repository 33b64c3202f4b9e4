package dev.heng.domain.alert;

// Known gap: anomaly alerts, hourly attainment and improvement suggestions are not built, so alerts
// report pool capacity only and the health diagnosis is the only other feedback loop yet.
/** What condition an alert reports. */
public enum AlertKind {
  /** An agent keeps more customers than the tenant's raw threshold. */
  CAPACITY_RAW,
  /** An agent's customers, each counted by its difficulty coefficient, exceed the threshold. */
  CAPACITY_WEIGHTED
}
