package dev.heng.application.port.in;

import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;

/** The answer to a request for a tenant's alert settings. */
public sealed interface AlertSettingsLookup {

  /**
   * The settings in force.
   *
   * @param settings the tenant's thresholds, or the defaults when it set none
   * @param defaults whether they are the defaults
   * @param anomaly the tenant's anomaly settings, or the defaults when it set none
   * @param anomalyDefaults whether those are the defaults
   */
  record Found(
      CapacitySettings settings, boolean defaults, AnomalySettings anomaly, boolean anomalyDefaults)
      implements AlertSettingsLookup {}

  /**
   * The caller may not read them.
   *
   * @param reason why, readable by the caller
   */
  record Forbidden(String reason) implements AlertSettingsLookup {}
}
