package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.alert.AlertChange;

/**
 * Acknowledge or resolve an alert.
 *
 * @param caller who does it
 * @param alertId the alert's id
 * @param change {@link AlertChange#ACKNOWLEDGED} or {@link AlertChange#RESOLVED}
 */
public record ChangeAlertStatusCommand(Caller caller, long alertId, AlertChange change) {

  /**
   * @throws IllegalArgumentException if caller or change is null, or change is {@link
   *     AlertChange#RAISED}
   */
  public ChangeAlertStatusCommand {
    if (caller == null || change == null) {
      throw new IllegalArgumentException("caller and change must not be null");
    }
    if (change == AlertChange.RAISED) {
      throw new IllegalArgumentException("change must be ACKNOWLEDGED or RESOLVED, was RAISED");
    }
  }
}
