package dev.heng.bootstrap;

import dev.heng.application.port.in.AttainmentCatchUp;
import dev.heng.application.port.in.CatchUpAttainmentCommand;
import dev.heng.application.port.in.CatchUpAttainmentUseCase;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Computes every tenant's recent hours while the service runs: every {@code
 * heng.attainment.catch-up-interval}, starting one interval after start, the completed hours since
 * the earlier of the tenant's check mark and the last {@code heng.attainment.lookback}, and checks
 * the hours not checked before for anomalies. A tenant whose computation failed is logged once per
 * pass with its id, and a failed pass is logged; the next pass tries again. One-shot commands do
 * not follow.
 */
@Component
class AttainmentFollower implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(AttainmentFollower.class);

  private final CatchUpAttainmentUseCase catchUp;
  private final Duration interval;
  private final Duration lookback;
  private final boolean oneShot;
  private Disposable running;

  AttainmentFollower(
      CatchUpAttainmentUseCase catchUp,
      @Value("${heng.attainment.catch-up-interval:5m}") Duration interval,
      @Value("${heng.attainment.lookback:PT6H}") Duration lookback,
      @Value("${heng.command:}") String command) {
    this.catchUp = catchUp;
    this.interval = interval;
    this.lookback = lookback;
    this.oneShot = !command.isBlank();
  }

  @EventListener(ApplicationReadyEvent.class)
  void follow() {
    if (oneShot) {
      return;
    }
    CatchUpAttainmentCommand command = new CatchUpAttainmentCommand(lookback);
    running =
        Flux.interval(interval, interval)
            .onBackpressureDrop()
            // No prefetch: ticks that arrive while a pass runs are dropped, not queued behind it.
            .concatMap(
                tick -> {
                  long started = System.nanoTime();
                  return catchUp
                      .catchUp(command)
                      .doOnNext(
                          pass -> {
                            for (AttainmentCatchUp.Failure failed : pass.failures()) {
                              log.warn(
                                  "tenant={} attainment catch-up failed; retrying next interval",
                                  failed.tenantId().value(),
                                  failed.cause());
                            }
                            log.info(
                                "Attainment catch-up: {} tenants, {} failed, {} subject-hours, {}"
                                    + " anomalies raised, {} resolved in {} ms",
                                pass.tenants(),
                                pass.failed(),
                                pass.hours(),
                                pass.raised(),
                                pass.resolved(),
                                (System.nanoTime() - started) / 1_000_000);
                          })
                      .onErrorResume(
                          error -> {
                            log.warn("Attainment catch-up failed; retrying next interval", error);
                            return Mono.empty();
                          });
                },
                0)
            .subscribe();
    log.info(
        "Attainment catch-up every {} s over the last {} h",
        interval.toSeconds(),
        lookback.toHours());
  }

  @Override
  public void destroy() {
    Disposable current = running;
    if (current != null) {
      current.dispose();
    }
  }
}
