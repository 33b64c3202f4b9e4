package dev.heng.application.service;

import java.time.Duration;

/**
 * How analysis jobs are leased and retried.
 *
 * @param lease how long a worker holds a claimed job before another may claim it, positive; longer
 *     than the slowest analysis of a round
 * @param maxAttempts claims a job may have before it is dead, 1..100
 * @param firstBackoff the wait before the first retry, positive; each further retry waits twice as
 *     long as the one before
 * @param maxBackoff the longest wait between retries, at least {@code firstBackoff}
 */
public record AnalysisPolicy(
    Duration lease, int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

  public AnalysisPolicy {
    if (lease == null || !lease.isPositive()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease);
    }
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new IllegalArgumentException("maxAttempts must be 1..100, was " + maxAttempts);
    }
    if (firstBackoff == null || !firstBackoff.isPositive()) {
      throw new IllegalArgumentException("firstBackoff must be positive, was " + firstBackoff);
    }
    if (maxBackoff == null || maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff must be at least firstBackoff " + firstBackoff + ", was " + maxBackoff);
    }
  }

  /**
   * The wait after a failed attempt: {@code firstBackoff * 2^(attempts - 1)}, at most {@code
   * maxBackoff}.
   *
   * @param attempts the attempts made so far, at least 1
   */
  public Duration backoff(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    int doublings = Math.min(attempts - 1, 30);
    Duration wait = firstBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
