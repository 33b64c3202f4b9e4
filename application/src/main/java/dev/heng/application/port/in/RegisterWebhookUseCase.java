package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/**
 * Registers a webhook endpoint (tenant admins only) after checking its URL against the configured
 * policy, and generates its signing secret.
 */
public interface RegisterWebhookUseCase {

  /**
   * @return a mono of the outcome; signals the store's failure
   */
  Mono<WebhookRegistration> register(RegisterWebhookCommand command);
}
