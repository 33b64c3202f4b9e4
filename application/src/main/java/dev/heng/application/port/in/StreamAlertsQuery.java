package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Follow the alert events the caller may see, live.
 *
 * @param caller who listens
 */
public record StreamAlertsQuery(Caller caller) {

  public StreamAlertsQuery {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
  }
}
