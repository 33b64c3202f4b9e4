package dev.heng.application.service;

import dev.heng.application.port.in.ListWebhooksQuery;
import dev.heng.application.port.in.ListWebhooksUseCase;
import dev.heng.application.port.in.WebhookListing;
import dev.heng.application.port.out.WebhookEndpointStorePort;
import dev.heng.domain.access.Role;
import reactor.core.publisher.Mono;

/** Lists a tenant's webhook endpoints for its admins. */
public final class ListWebhooksService implements ListWebhooksUseCase {

  private final WebhookEndpointStorePort endpoints;

  public ListWebhooksService(WebhookEndpointStorePort endpoints) {
    this.endpoints = endpoints;
  }

  @Override
  public Mono<WebhookListing> list(ListWebhooksQuery query) {
    if (query.caller().role() != Role.TENANT_ADMIN) {
      return Mono.just(
          new WebhookListing.Forbidden(
              "role " + query.caller().role() + " may not manage webhooks"));
    }
    return endpoints.list(query.caller().tenantId()).map(WebhookListing.Listed::new);
  }
}
