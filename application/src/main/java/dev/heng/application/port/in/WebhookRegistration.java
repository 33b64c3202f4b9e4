package dev.heng.application.port.in;

import dev.heng.domain.webhook.WebhookEndpoint;

/** What became of a webhook registration. */
public sealed interface WebhookRegistration {

  /**
   * Registered.
   *
   * @param endpoint the stored endpoint
   * @param secret its signing secret, shown only this once
   */
  record Registered(WebhookEndpoint endpoint, String secret) implements WebhookRegistration {}

  /**
   * The URL or description was refused; nothing was stored.
   *
   * @param field the field at fault
   * @param reason why
   */
  record Refused(String field, String reason) implements WebhookRegistration {}

  /**
   * The caller may not manage webhooks.
   *
   * @param reason why
   */
  record Forbidden(String reason) implements WebhookRegistration {}
}
