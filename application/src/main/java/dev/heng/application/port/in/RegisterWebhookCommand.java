package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Register an endpoint for the caller's tenant's alert events.
 *
 * @param caller who registers it
 * @param url where events are posted
 * @param description what to call it, or null
 */
public record RegisterWebhookCommand(Caller caller, String url, String description) {

  public RegisterWebhookCommand {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
  }
}
