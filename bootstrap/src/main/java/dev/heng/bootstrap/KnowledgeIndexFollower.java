package dev.heng.bootstrap;

import dev.heng.application.port.in.KnowledgeIndexSync;
import dev.heng.application.port.in.SyncKnowledgeIndexCommand;
import dev.heng.application.port.in.SyncKnowledgeIndexUseCase;
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
 * Keeps the knowledge index in step with the database while the service runs: once at start (a full
 * rebuild for tenants the index has no marks for, a catch-up for the others), then every {@code
 * heng.knowledge.catch-up-interval}. Intake batches are indexed as they are accepted (see {@link
 * KnowledgeIndexingIngestRecords}); the catch-up covers what that missed, such as batches accepted
 * by another instance or while the index failed. One-shot commands do not follow.
 */
@Component
class KnowledgeIndexFollower implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexFollower.class);

  private final SyncKnowledgeIndexUseCase sync;
  private final Duration interval;
  private final boolean oneShot;
  private Disposable running;

  KnowledgeIndexFollower(
      SyncKnowledgeIndexUseCase sync,
      @Value("${heng.knowledge.catch-up-interval:30s}") Duration interval,
      @Value("${heng.command:}") String command) {
    this.sync = sync;
    this.interval = interval;
    this.oneShot = !command.isBlank();
  }

  @EventListener(ApplicationReadyEvent.class)
  void follow() {
    if (oneShot) {
      return;
    }
    running =
        Flux.interval(Duration.ZERO, interval)
            .onBackpressureDrop()
            .concatMap(
                tick ->
                    sync.sync(new SyncKnowledgeIndexCommand(null))
                        .doOnNext(report -> report(tick, report))
                        .onErrorResume(
                            error -> {
                              log.warn("Knowledge index catch-up failed; retrying later", error);
                              return Mono.empty();
                            }),
                1)
            .subscribe();
  }

  private static void report(long tick, KnowledgeIndexSync report) {
    long records = report.articles() + report.tickets() + report.events();
    if (tick == 0 || report.rebuilt() > 0) {
      log.info(
          "Knowledge index {}: {} tenants, {} articles, {} tickets, {} events in {} ms ({}/s)",
          report.rebuilt() > 0 ? "rebuilt" : "caught up",
          report.tenants(),
          report.articles(),
          report.tickets(),
          report.events(),
          report.took().toMillis(),
          Math.round(report.recordsPerSecond()));
    } else if (records > 0) {
      log.debug("Knowledge index caught up {} records in {} ms", records, report.took().toMillis());
    }
  }

  @Override
  public void destroy() {
    if (running != null) {
      running.dispose();
    }
  }
}
