package dev.heng.application.port.out;

import reactor.core.publisher.Mono;

/** Posts a signed webhook to a receiver. */
public interface SendWebhookPort {

  /**
   * Posts once, without retrying.
   *
   * @return a mono of what came back; failures to connect or time-outs are answers with an error,
   *     not error signals
   */
  Mono<WebhookResponse> send(WebhookRequest request);
}
