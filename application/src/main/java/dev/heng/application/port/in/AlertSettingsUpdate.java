package dev.heng.application.port.in;

import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;

/** What became of new alert thresholds. */
public sealed interface AlertSettingsUpdate {

  /**
   * Stored, and every pool checked against them.
   *
   * @param settings what was stored
   * @param check what the check against the new thresholds changed
   * @param anomaly the anomaly settings in force after the change
   * @param anomalyDefaults whether those are the defaults (the tenant never set any)
   */
  record Saved(
      CapacitySettings settings,
      CapacityCheck check,
      AnomalySettings anomaly,
      boolean anomalyDefaults)
      implements AlertSettingsUpdate {}

  /**
   * The caller may not change them; nothing was stored.
   *
   * @param reason why, readable by the caller
   */
  record Forbidden(String reason) implements AlertSettingsUpdate {}
}
