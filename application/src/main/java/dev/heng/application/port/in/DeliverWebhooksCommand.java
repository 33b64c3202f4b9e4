package dev.heng.application.port.in;

/**
 * Deliver one round of due webhooks.
 *
 * @param batch the most deliveries to claim in this round, 1 to 1000
 */
public record DeliverWebhooksCommand(int batch) {

  /**
   * @throws IllegalArgumentException if batch is outside 1..1000
   */
  public DeliverWebhooksCommand {
    if (batch < 1 || batch > 1000) {
      throw new IllegalArgumentException("batch must be within 1..1000, was " + batch);
    }
  }
}
