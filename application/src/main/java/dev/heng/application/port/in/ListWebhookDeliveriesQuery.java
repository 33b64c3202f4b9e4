package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * The delivery log of one webhook endpoint, newest first.
 *
 * @param caller who asks
 * @param endpointId the endpoint
 * @param limit the most entries, 1 to 1000
 */
public record ListWebhookDeliveriesQuery(Caller caller, long endpointId, int limit) {

  /**
   * @throws IllegalArgumentException if caller is null or limit is outside 1..1000
   */
  public ListWebhookDeliveriesQuery {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be within 1..1000, was " + limit);
    }
  }
}
