package dev.heng.application.port.out;

import dev.heng.domain.webhook.DeliveryOutcome;
import java.time.Instant;

/**
 * The result of one attempt at a claimed delivery.
 *
 * @param delivery what was attempted
 * @param attemptedAt when
 * @param statusCode the receiver's HTTP status, or null when none came back
 * @param error what went wrong, or null; never the body or the secret
 * @param durationMs how long the attempt took
 * @param outcome how it ended
 * @param nextAttemptAt when to try again for {@link DeliveryOutcome#RETRY}, else null
 */
public record DeliveryAttempt(
    PendingDelivery delivery,
    Instant attemptedAt,
    Integer statusCode,
    String error,
    long durationMs,
    DeliveryOutcome outcome,
    Instant nextAttemptAt) {

  /**
   * @throws IllegalArgumentException if delivery, time or outcome is null, or nextAttemptAt is not
   *     set exactly for a retry
   */
  public DeliveryAttempt {
    if (delivery == null || attemptedAt == null || outcome == null) {
      throw new IllegalArgumentException("delivery, attemptedAt and outcome must not be null");
    }
    if ((outcome == DeliveryOutcome.RETRY) != (nextAttemptAt != null)) {
      throw new IllegalArgumentException(
          "nextAttemptAt must be set exactly for RETRY, outcome "
              + outcome
              + " had "
              + nextAttemptAt);
    }
  }
}
