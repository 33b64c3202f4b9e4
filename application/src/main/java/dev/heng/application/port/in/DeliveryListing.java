package dev.heng.application.port.in;

import dev.heng.domain.webhook.DeliveryLogEntry;
import java.util.List;

/** The answer to a request for a delivery log. */
public sealed interface DeliveryListing {

  /**
   * The log.
   *
   * @param entries the attempts, newest first
   */
  record Listed(List<DeliveryLogEntry> entries) implements DeliveryListing {
    public Listed {
      entries = List.copyOf(entries);
    }
  }

  /** The tenant has no such endpoint. */
  record NotFound() implements DeliveryListing {}

  /**
   * The caller may not manage webhooks.
   *
   * @param reason why
   */
  record Forbidden(String reason) implements DeliveryListing {}
}
