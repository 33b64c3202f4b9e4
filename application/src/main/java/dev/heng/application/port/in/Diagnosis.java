package dev.heng.application.port.in;

import dev.heng.domain.diagnosis.HealthDiagnosis;

/** What became of a request for a health diagnosis. */
public sealed interface Diagnosis {

  /**
   * The diagnosis of the caller's scope; a quarter without data gives one with counts of 0.
   *
   * @param diagnosis the figures and findings
   */
  record Diagnosed(HealthDiagnosis diagnosis) implements Diagnosis {

    /**
     * @throws IllegalArgumentException if {@code diagnosis} is null
     */
    public Diagnosed {
      if (diagnosis == null) {
        throw new IllegalArgumentException("diagnosis must not be null");
      }
    }
  }

  /**
   * The caller may not read a diagnosis: an agent's key, since a diagnosis describes colleagues.
   *
   * @param reason why, readable by the caller
   */
  record Forbidden(String reason) implements Diagnosis {}
}
