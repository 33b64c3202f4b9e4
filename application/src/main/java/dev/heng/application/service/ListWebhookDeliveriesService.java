package dev.heng.application.service;

import dev.heng.application.port.in.DeliveryListing;
import dev.heng.application.port.in.ListWebhookDeliveriesQuery;
import dev.heng.application.port.in.ListWebhookDeliveriesUseCase;
import dev.heng.application.port.out.WebhookEndpointStorePort;
import dev.heng.application.port.out.WebhookOutboxPort;
import dev.heng.domain.access.Role;
import reactor.core.publisher.Mono;

/** Reads an endpoint's delivery log for the tenant's admins. */
public final class ListWebhookDeliveriesService implements ListWebhookDeliveriesUseCase {

  private final WebhookEndpointStorePort endpoints;
  private final WebhookOutboxPort outbox;

  public ListWebhookDeliveriesService(
      WebhookEndpointStorePort endpoints, WebhookOutboxPort outbox) {
    this.endpoints = endpoints;
    this.outbox = outbox;
  }

  @Override
  public Mono<DeliveryListing> list(ListWebhookDeliveriesQuery query) {
    if (query.caller().role() != Role.TENANT_ADMIN) {
      return Mono.just(
          new DeliveryListing.Forbidden(
              "role " + query.caller().role() + " may not manage webhooks"));
    }
    return endpoints
        .list(query.caller().tenantId())
        .flatMap(
            known -> {
              boolean exists =
                  known.stream().anyMatch(endpoint -> endpoint.id() == query.endpointId());
              if (!exists) {
                return Mono.just((DeliveryListing) new DeliveryListing.NotFound());
              }
              return outbox
                  .log(query.caller().tenantId(), query.endpointId(), query.limit())
                  .map(DeliveryListing.Listed::new);
            });
  }
}
