package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.alert.CapacitySettings;

/**
 * Replace the caller's tenant's alert thresholds.
 *
 * @param caller who changes them
 * @param settings the new thresholds
 */
public record UpdateAlertSettingsCommand(Caller caller, CapacitySettings settings) {

  public UpdateAlertSettingsCommand {
    if (caller == null || settings == null) {
      throw new IllegalArgumentException("caller and settings must not be null");
    }
  }
}
