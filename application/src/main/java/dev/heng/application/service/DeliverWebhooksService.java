package dev.heng.application.service;

import dev.heng.application.port.in.DeliverWebhooksCommand;
import dev.heng.application.port.in.DeliverWebhooksUseCase;
import dev.heng.application.port.in.DeliveryRound;
import dev.heng.application.port.out.DeliveryAttempt;
import dev.heng.application.port.out.PendingDelivery;
import dev.heng.application.port.out.SendWebhookPort;
import dev.heng.application.port.out.WebhookOutboxPort;
import dev.heng.application.port.out.WebhookRequest;
import dev.heng.application.port.out.WebhookResponse;
import dev.heng.domain.webhook.DeliveryOutcome;
import dev.heng.domain.webhook.RetrySchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One delivery round: claim due deliveries with a lease, post them a few at a time, and record each
 * attempt. The lease must outlast a post (time-out included): when the process dies between the
 * post and the record, the lease runs out and the delivery is claimed again, so a receiver can see
 * an event twice (it drops repeats by event id) but never miss one.
 */
public final class DeliverWebhooksService implements DeliverWebhooksUseCase {

  /** How many posts of one round run at once. */
  private static final int CONCURRENCY = 4;

  private final WebhookOutboxPort outbox;
  private final SendWebhookPort sender;
  private final RetrySchedule schedule;
  private final Duration lease;
  private final Clock clock;

  /**
   * @param lease how long a claim holds a delivery; longer than the sender's time-out
   */
  public DeliverWebhooksService(
      WebhookOutboxPort outbox,
      SendWebhookPort sender,
      RetrySchedule schedule,
      Duration lease,
      Clock clock) {
    this.outbox = outbox;
    this.sender = sender;
    this.schedule = schedule;
    this.lease = lease;
    this.clock = clock;
  }

  @Override
  public Mono<DeliveryRound> deliver(DeliverWebhooksCommand command) {
    return outbox
        .claim(clock.instant(), lease, command.batch())
        .flatMap(
            claimed ->
                Flux.fromIterable(claimed)
                    .flatMap(this::attempt, CONCURRENCY)
                    .collectList()
                    .map(outcomes -> round(claimed.size(), outcomes)));
  }

  private Mono<DeliveryOutcome> attempt(PendingDelivery delivery) {
    Instant started = clock.instant();
    WebhookRequest request =
        new WebhookRequest(
            delivery.url(),
            delivery.secret(),
            delivery.eventId(),
            delivery.eventType(),
            delivery.body(),
            started);
    return sender
        .send(request)
        .map(response -> outcome(delivery, started, response))
        .flatMap(attempt -> outbox.record(attempt).thenReturn(attempt.outcome()));
  }

  private DeliveryAttempt outcome(
      PendingDelivery delivery, Instant started, WebhookResponse response) {
    Instant finished = clock.instant();
    long durationMs = Math.max(0, Duration.between(started, finished).toMillis());
    if (response.delivered()) {
      return new DeliveryAttempt(
          delivery,
          started,
          response.statusCode(),
          null,
          durationMs,
          DeliveryOutcome.DELIVERED,
          null);
    }
    int failed = delivery.failedAttempts() + 1;
    String error =
        response.error() != null ? response.error() : "answered " + response.statusCode();
    if (schedule.exhausted(failed)) {
      return new DeliveryAttempt(
          delivery,
          started,
          response.statusCode(),
          error,
          durationMs,
          DeliveryOutcome.FAILED,
          null);
    }
    Instant next = finished.plus(schedule.delay(failed, response.retryAfter()));
    return new DeliveryAttempt(
        delivery, started, response.statusCode(), error, durationMs, DeliveryOutcome.RETRY, next);
  }

  private static DeliveryRound round(int claimed, List<DeliveryOutcome> outcomes) {
    int delivered = 0;
    int retried = 0;
    int failed = 0;
    for (DeliveryOutcome outcome : outcomes) {
      switch (outcome) {
        case DELIVERED -> delivered++;
        case RETRY -> retried++;
        case FAILED -> failed++;
      }
    }
    return new DeliveryRound(claimed, delivered, retried, failed);
  }
}
