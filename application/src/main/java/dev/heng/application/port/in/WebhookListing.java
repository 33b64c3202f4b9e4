package dev.heng.application.port.in;

import dev.heng.domain.webhook.WebhookEndpoint;
import java.util.List;

/** The answer to a listing of webhook endpoints. */
public sealed interface WebhookListing {

  /**
   * The endpoints, oldest first, without their secrets.
   *
   * @param endpoints the tenant's endpoints
   */
  record Listed(List<WebhookEndpoint> endpoints) implements WebhookListing {
    public Listed {
      endpoints = List.copyOf(endpoints);
    }
  }

  /**
   * The caller may not manage webhooks.
   *
   * @param reason why
   */
  record Forbidden(String reason) implements WebhookListing {}
}
