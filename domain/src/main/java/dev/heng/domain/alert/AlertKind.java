package dev.heng.domain.alert;

/** What condition an alert reports. */
public enum AlertKind {
  /** An agent keeps more customers than the tenant's raw threshold. */
  CAPACITY_RAW,
  /** An agent's customers, each counted by its difficulty coefficient, exceed the threshold. */
  CAPACITY_WEIGHTED,
  /**
   * A metric of an agent or a team in one hour lies outside the band around its baseline, the mean
   * of the same hour of the week in earlier weeks; {@link Alert#anomaly()} says what was found.
   */
  ANOMALY;

  /** Whether the kind reports pool capacity, the kinds {@link CapacityRule} decides. */
  public boolean capacity() {
    return this != ANOMALY;
  }
}
