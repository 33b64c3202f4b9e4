package dev.heng.application.port.in;

/** What became of a request to remove a webhook endpoint. */
public sealed interface WebhookRemoval {

  /** Removed; its pending deliveries were given up. */
  record Removed() implements WebhookRemoval {}

  /** The tenant has no such endpoint. */
  record NotFound() implements WebhookRemoval {}

  /**
   * The caller may not manage webhooks.
   *
   * @param reason why
   */
  record Forbidden(String reason) implements WebhookRemoval {}
}
