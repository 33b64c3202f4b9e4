package dev.heng.domain.alert;

// Known gap: anomaly alerts and hourly attainment are not built, so alerts report pool capacity
// only; the other feedback loops are improvement suggestions and the health diagnosis.
/** What condition an alert reports. */
public enum AlertKind {
  /** An agent keeps more customers than the tenant's raw threshold. */
  CAPACITY_RAW,
  /** An agent's customers, each counted by its difficulty coefficient, exceed the threshold. */
  CAPACITY_WEIGHTED
}
