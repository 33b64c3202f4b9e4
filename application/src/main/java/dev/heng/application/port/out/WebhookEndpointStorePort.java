package dev.heng.application.port.out;

import dev.heng.domain.tenant.TenantId;
import dev.heng.domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/** Keeps the webhook endpoints each tenant registered, with their signing secrets. */
public interface WebhookEndpointStorePort {

  /**
   * Stores a new endpoint; from then on every alert event of the tenant is queued for it.
   *
   * @return a mono of the stored endpoint; signals {@link StorageException}
   */
  Mono<WebhookEndpoint> add(
      TenantId tenantId, String url, String secret, String description, Instant at);

  /**
   * The tenant's endpoints that were not removed, oldest first.
   *
   * @return a mono of the list; signals {@link StorageException}
   */
  Mono<List<WebhookEndpoint>> list(TenantId tenantId);

  /**
   * Removes an endpoint: nothing more is queued for it, and its pending deliveries are given up.
   *
   * @return a mono of the removed endpoint, empty when the tenant has no such endpoint
   */
  Mono<WebhookEndpoint> remove(TenantId tenantId, long endpointId, Instant at);
}
