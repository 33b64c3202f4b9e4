package dev.heng.domain.alert;

// Known gap: anomaly alerts, hourly attainment and the health diagnosis are not built, so alerts
// report pool capacity only and no feedback loop but improvement suggestions exists yet.
/** What condition an alert reports. */
public enum AlertKind {
  /** An agent keeps more customers than the tenant's raw threshold. */
  CAPACITY_RAW,
  /** An agent's customers, each counted by its difficulty coefficient, exceed the threshold. */
  CAPACITY_WEIGHTED
}
