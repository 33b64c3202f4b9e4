package dev.heng.domain.webhook;

import java.time.Duration;

/**
 * When a failed webhook delivery is tried again: after {@code base x 2^(attempt - 1)}, capped at
 * {@code max}, or after the receiver's {@code Retry-After} when it sent one (also capped); after
 * {@code maxAttempts} failed attempts the delivery is given up.
 *
 * @param base the wait after the first failure, positive
 * @param max the longest wait, at least {@code base}
 * @param maxAttempts how many attempts a delivery gets, 1 or more
 */
public record RetrySchedule(Duration base, Duration max, int maxAttempts) {

  /** 30 s, 1 min, 2 min, ... capped at 6 h, 12 attempts (about 20 hours in all). */
  public static final RetrySchedule DEFAULTS =
      new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), 12);

  /**
   * @throws IllegalArgumentException if a duration is missing or not positive, max is below base,
   *     or maxAttempts is below 1
   */
  public RetrySchedule {
    if (base == null || max == null || base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("base must be positive, was " + base);
    }
    if (max.compareTo(base) < 0) {
      throw new IllegalArgumentException("max must be at least base " + base + ", was " + max);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
    }
  }

  /**
   * The wait before the next attempt.
   *
   * @param failedAttempts how many attempts have failed so far, 1 or more
   * @param retryAfter the receiver's Retry-After, or null when it sent none
   * @return the wait, positive and at most {@code max}
   * @throws IllegalArgumentException if failedAttempts is below 1
   */
  public Duration delay(int failedAttempts, Duration retryAfter) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failedAttempts must be 1 or more, was " + failedAttempts);
    }
    if (retryAfter != null && !retryAfter.isNegative()) {
      Duration asked = retryAfter.isZero() ? Duration.ofSeconds(1) : retryAfter;
      return asked.compareTo(max) > 0 ? max : asked;
    }
    int doublings = Math.min(failedAttempts - 1, 40);
    long millis = base.toMillis();
    for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, max.toMillis()));
  }

  /** Whether a delivery that failed {@code failedAttempts} times is given up. */
  public boolean exhausted(int failedAttempts) {
    return failedAttempts >= maxAttempts;
  }
}
