package dev.heng.domain.alert;

/** What happened to an alert: the event that the live stream and webhooks deliver. */
public enum AlertChange {
  /** The alert was raised. */
  RAISED,
  /** Someone acknowledged it. */
  ACKNOWLEDGED,
  /** It was resolved, by the pool dropping back or by someone closing it. */
  RESOLVED
}
