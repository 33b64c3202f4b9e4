package dev.heng.application.port.in;

import dev.heng.domain.alert.Alert;

/** What became of a request to acknowledge or resolve an alert. */
public sealed interface AlertStatusChange {

  /**
   * The alert is now in the asked status (it may have been already).
   *
   * @param alert the alert after the change
   */
  record Changed(Alert alert) implements AlertStatusChange {}

  /** The caller's tenant has no such alert, or the caller may not see it. */
  record NotFound() implements AlertStatusChange {}

  /**
   * The caller may see the alert but not change it.
   *
   * @param reason why, readable by the caller
   */
  record Forbidden(String reason) implements AlertStatusChange {}

  /**
   * The change does not apply to the alert's status (acknowledging a resolved alert).
   *
   * @param alert the alert as it is
   * @param reason why, readable by the caller
   */
  record Conflict(Alert alert, String reason) implements AlertStatusChange {}
}
