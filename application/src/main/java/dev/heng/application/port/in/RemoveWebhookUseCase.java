package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Removes a webhook endpoint; tenant admins only. */
public interface RemoveWebhookUseCase {

  /**
   * @return a mono of the outcome; signals the store's failure
   */
  Mono<WebhookRemoval> remove(RemoveWebhookCommand command);
}
