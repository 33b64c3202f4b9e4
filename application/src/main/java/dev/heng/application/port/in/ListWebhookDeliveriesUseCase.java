package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Reads the delivery log of a webhook endpoint; tenant admins only. */
public interface ListWebhookDeliveriesUseCase {

  /**
   * @return a mono of the log, or of why it cannot be read
   */
  Mono<DeliveryListing> list(ListWebhookDeliveriesQuery query);
}
