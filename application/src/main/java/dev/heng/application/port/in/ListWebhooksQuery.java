package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * The caller's tenant's webhook endpoints.
 *
 * @param caller who asks
 */
public record ListWebhooksQuery(Caller caller) {

  public ListWebhooksQuery {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
  }
}
