package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;

/**
 * Replace the caller's tenant's alert thresholds, and its anomaly settings when given.
 *
 * @param caller who changes them
 * @param settings the new thresholds
 * @param anomaly the new anomaly settings, or null to keep the tenant's current ones
 */
public record UpdateAlertSettingsCommand(
    Caller caller, CapacitySettings settings, AnomalySettings anomaly) {

  public UpdateAlertSettingsCommand {
    if (caller == null || settings == null) {
      throw new IllegalArgumentException("caller and settings must not be null");
    }
  }

  /** New thresholds only; the anomaly settings stay as they are. */
  public UpdateAlertSettingsCommand(Caller caller, CapacitySettings settings) {
    this(caller, settings, null);
  }
}
