package dev.heng.bootstrap;

import dev.heng.application.port.in.DeliverWebhooksCommand;
import dev.heng.application.port.in.DeliverWebhooksUseCase;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Runs delivery rounds while the service runs: one round per poll interval, the next only after the
 * previous one finished, and at once again while rounds come back full. A failed round is logged
 * and the next tick tries again; what it had claimed is claimed again when its lease runs out.
 */
final class WebhookDeliveryWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryWorker.class);

  private final DeliverWebhooksUseCase deliver;
  private final Duration pollInterval;
  private final int batch;
  private final Scheduler scheduler;
  private volatile Disposable running;

  /**
   * @param scheduler the thread rounds start on, apart from the shared parallel threads so that a
   *     round against a blocking driver (H2) never holds one of them
   */
  WebhookDeliveryWorker(
      DeliverWebhooksUseCase deliver, Duration pollInterval, int batch, Scheduler scheduler) {
    this.deliver = deliver;
    this.pollInterval = pollInterval;
    this.batch = batch;
    this.scheduler = scheduler;
  }

  @Override
  public void start() {
    running =
        Flux.interval(pollInterval, scheduler)
            .onBackpressureDrop()
            .concatMap(tick -> drain(), 1)
            .subscribe();
    log.info("Webhook delivery started, polling every {} ms", pollInterval.toMillis());
  }

  /** Rounds until one claims fewer than a full batch. */
  private Mono<Void> drain() {
    DeliverWebhooksCommand command = new DeliverWebhooksCommand(batch);
    return deliver
        .deliver(command)
        .expand(round -> round.claimed() >= batch ? deliver.deliver(command) : Mono.empty())
        .doOnNext(
            round -> {
              if (round.claimed() > 0) {
                log.debug(
                    "webhook round: {} claimed, {} delivered, {} retried, {} failed",
                    round.claimed(),
                    round.delivered(),
                    round.retried(),
                    round.failed());
              }
            })
        .then()
        .onErrorResume(
            error -> {
              log.warn("webhook delivery round failed; the next tick tries again", error);
              return Mono.empty();
            });
  }

  @Override
  public void stop() {
    Disposable current = running;
    if (current != null) {
      current.dispose();
    }
    running = null;
  }

  @Override
  public boolean isRunning() {
    return running != null && !running.isDisposed();
  }
}
