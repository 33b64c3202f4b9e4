package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/**
 * Claims due webhook deliveries, posts each signed, and records every attempt: a 2xx answer ends a
 * delivery; any other answer or a failure to connect queues it again after an exponential backoff
 * (or the receiver's Retry-After) until its attempts run out.
 */
public interface DeliverWebhooksUseCase {

  /**
   * @return a mono of what the round did; signals the store's failure
   */
  Mono<DeliveryRound> deliver(DeliverWebhooksCommand command);
}
