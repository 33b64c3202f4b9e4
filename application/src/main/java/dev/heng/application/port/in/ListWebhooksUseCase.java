package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Lists a tenant's webhook endpoints; tenant admins only. */
public interface ListWebhooksUseCase {

  /**
   * @return a mono of the endpoints or of why the caller may not see them
   */
  Mono<WebhookListing> list(ListWebhooksQuery query);
}
