package dev.heng.application.port.in;

import java.time.Duration;

/**
 * Compute the recent completed hours of every tenant.
 *
 * @param lookback how far back from the current hour to compute again, at least one hour, so that
 *     tickets answered, resolved or rated late still reach their hour
 */
public record CatchUpAttainmentCommand(Duration lookback) {

  /**
   * @throws IllegalArgumentException if lookback is null or shorter than an hour
   */
  public CatchUpAttainmentCommand {
    if (lookback == null || lookback.compareTo(Duration.ofHours(1)) < 0) {
      throw new IllegalArgumentException("lookback must be at least PT1H, was " + lookback);
    }
  }
}
