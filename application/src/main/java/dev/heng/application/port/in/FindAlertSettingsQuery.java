package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Read the caller's tenant's alert thresholds.
 *
 * @param caller who asks
 */
public record FindAlertSettingsQuery(Caller caller) {

  public FindAlertSettingsQuery {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
  }
}
