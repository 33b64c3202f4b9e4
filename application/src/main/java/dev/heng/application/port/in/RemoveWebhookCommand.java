package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Remove one of the caller's tenant's webhook endpoints.
 *
 * @param caller who removes it
 * @param endpointId the endpoint
 */
public record RemoveWebhookCommand(Caller caller, long endpointId) {

  public RemoveWebhookCommand {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
  }
}
