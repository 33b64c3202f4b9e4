package dev.heng.bootstrap.analysis;

import dev.heng.adapter.out.nlp.sentiment.CoreNlpSentimentAdapter;
import dev.heng.application.port.in.AnalyseMessagesCommand;
import dev.heng.application.port.in.AnalyseMessagesUseCase;
import dev.heng.application.port.in.AnalysisRound;
import dev.heng.application.port.out.AnalysisQueuePort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The service's analysis workers: once the sentiment model is loaded, each worker claims a round of
 * due jobs, waits for it to finish and claims the next, pausing when nothing is due or the database
 * fails. Keeps the backlog gauges {@code heng_analysis_backlog_jobs}, {@code
 * heng_analysis_dead_jobs} and {@code heng_analysis_backlog_age_seconds} and counts jobs in {@code
 * heng_analysis_jobs_total{result}}.
 */
public final class AnalysisWorkers implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AnalysisWorkers.class);

  private static final Duration IDLE_PAUSE = Duration.ofMillis(500);
  private static final Duration ERROR_PAUSE = Duration.ofSeconds(5);
  private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(5);

  private final AnalyseMessagesUseCase analyse;
  private final CoreNlpSentimentAdapter sentiment;
  private final AnalysisQueuePort queue;
  private final int workers;
  private final AnalyseMessagesCommand round;
  private final Counter stored;
  private final Counter retried;
  private final Counter dead;
  private final AtomicLong backlog = new AtomicLong();
  private final AtomicLong deadJobs = new AtomicLong();
  private final AtomicLong ageSeconds = new AtomicLong();
  private volatile Disposable.Composite running;

  public AnalysisWorkers(
      AnalyseMessagesUseCase analyse,
      CoreNlpSentimentAdapter sentiment,
      AnalysisQueuePort queue,
      MeterRegistry registry,
      int workers,
      int batch) {
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be 1..64, was " + workers);
    }
    this.analyse = analyse;
    this.sentiment = sentiment;
    this.queue = queue;
    this.workers = workers;
    this.round = new AnalyseMessagesCommand(batch);
    this.stored = counter(registry, "stored");
    this.retried = counter(registry, "retried");
    this.dead = counter(registry, "dead");
    Gauge.builder("heng.analysis.backlog.jobs", backlog, AtomicLong::get)
        .description("Analysis jobs queued or leased")
        .register(registry);
    Gauge.builder("heng.analysis.dead.jobs", deadJobs, AtomicLong::get)
        .description("Analysis jobs that failed their last attempt")
        .register(registry);
    Gauge.builder("heng.analysis.backlog.age", ageSeconds, AtomicLong::get)
        .baseUnit("seconds")
        .description("Age of the oldest waiting analysis job")
        .register(registry);
  }

  private static Counter counter(MeterRegistry registry, String result) {
    return Counter.builder("heng.analysis.jobs")
        .tag("result", result)
        .description("Analysis jobs finished by the workers")
        .register(registry);
  }

  @Override
  public void start() {
    Disposable.Composite disposables = Disposables.composite();
    running = disposables;
    long started = System.nanoTime();
    disposables.add(
        sentiment
            .load()
            .doOnSuccess(
                ignored ->
                    log.info(
                        "Sentiment model ready after {} ms; starting {} analysis workers",
                        (System.nanoTime() - started) / 1_000_000,
                        workers))
            .thenMany(Flux.range(0, workers).flatMap(worker -> loop(disposables), workers))
            .subscribe(
                ignored -> {}, error -> log.error("Sentiment analysis could not start", error)));
    disposables.add(
        Flux.interval(Duration.ZERO, BACKLOG_REFRESH)
            // A backlog query slower than the refresh skips ticks instead of ending the refresh.
            .onBackpressureDrop()
            .concatMap(tick -> queue.backlog().onErrorResume(error -> Mono.empty()))
            .subscribe(
                state -> {
                  backlog.set(state.waiting());
                  deadJobs.set(state.dead());
                  ageSeconds.set(state.oldestWaiting().toSeconds());
                }));
  }

  private Mono<Void> loop(Disposable.Composite owner) {
    return Mono.defer(() -> analyse.analyse(round))
        .flatMap(this::pauseWhenIdle)
        .onErrorResume(
            error -> {
              log.warn(
                  "An analysis round failed ({}); pausing {} s",
                  error.getClass().getSimpleName(),
                  ERROR_PAUSE.toSeconds());
              return Mono.delay(ERROR_PAUSE).then(Mono.empty());
            })
        .repeat(() -> !owner.isDisposed())
        .then();
  }

  private Mono<AnalysisRound> pauseWhenIdle(AnalysisRound done) {
    stored.increment(done.stored());
    retried.increment(done.retried());
    dead.increment(done.dead());
    if (done.dead() > 0) {
      log.warn("{} analysis jobs failed their last attempt and are dead", done.dead());
    }
    return done.claimed() == 0 ? Mono.delay(IDLE_PAUSE).thenReturn(done) : Mono.just(done);
  }

  @Override
  public void stop() {
    Disposable.Composite disposables = running;
    if (disposables != null) {
      disposables.dispose();
    }
    running = null;
  }

  @Override
  public boolean isRunning() {
    return running != null;
  }
}
