package dev.heng.application.service;

import dev.heng.application.port.in.RemoveWebhookCommand;
import dev.heng.application.port.in.RemoveWebhookUseCase;
import dev.heng.application.port.in.WebhookRemoval;
import dev.heng.application.port.out.WebhookEndpointStorePort;
import dev.heng.domain.access.Role;
import java.time.Clock;
import reactor.core.publisher.Mono;

/** Removes a tenant's webhook endpoint for its admins. */
public final class RemoveWebhookService implements RemoveWebhookUseCase {

  private final WebhookEndpointStorePort endpoints;
  private final Clock clock;

  public RemoveWebhookService(WebhookEndpointStorePort endpoints, Clock clock) {
    this.endpoints = endpoints;
    this.clock = clock;
  }

  @Override
  public Mono<WebhookRemoval> remove(RemoveWebhookCommand command) {
    if (command.caller().role() != Role.TENANT_ADMIN) {
      return Mono.just(
          new WebhookRemoval.Forbidden(
              "role " + command.caller().role() + " may not manage webhooks"));
    }
    return endpoints
        .remove(command.caller().tenantId(), command.endpointId(), clock.instant())
        .map(removed -> (WebhookRemoval) new WebhookRemoval.Removed())
        .defaultIfEmpty(new WebhookRemoval.NotFound());
  }
}
