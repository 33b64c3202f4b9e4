package dev.heng.domain.webhook;

import java.time.Instant;

/**
 * One logged delivery attempt.
 *
 * @param eventId the event
 * @param attempt the attempt's number, 1 for the first
 * @param attemptedAt when
 * @param statusCode the receiver's HTTP status, or null
 * @param error what went wrong, or null
 * @param outcome how it ended
 * @param durationMs how long it took
 */
public record DeliveryLogEntry(
    String eventId,
    int attempt,
    Instant attemptedAt,
    Integer statusCode,
    String error,
    DeliveryOutcome outcome,
    long durationMs) {}
