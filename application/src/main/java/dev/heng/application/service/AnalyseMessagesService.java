package dev.heng.application.service;

import dev.heng.application.port.in.AnalyseMessagesCommand;
import dev.heng.application.port.in.AnalyseMessagesUseCase;
import dev.heng.application.port.in.AnalysisRound;
import dev.heng.application.port.out.AnalysisJob;
import dev.heng.application.port.out.AnalysisQueuePort;
import dev.heng.application.port.out.AnalyzeSentimentPort;
import dev.heng.application.port.out.StorageException;
import java.time.Clock;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Claims due analysis jobs, analyses their messages concurrently and stores each result, so a round
 * keeps every analyser thread busy while the database does its part.
 */
public final class AnalyseMessagesService implements AnalyseMessagesUseCase {

  private final AnalysisQueuePort queue;
  private final AnalyzeSentimentPort sentiment;
  private final AnalysisPolicy policy;
  private final Clock clock;

  public AnalyseMessagesService(
      AnalysisQueuePort queue, AnalyzeSentimentPort sentiment, AnalysisPolicy policy, Clock clock) {
    this.queue = queue;
    this.sentiment = sentiment;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public Mono<AnalysisRound> analyse(AnalyseMessagesCommand command) {
    return queue
        .claim(command.limit(), policy.lease(), policy.maxAttempts())
        .flatMap(this::process, command.limit())
        .collectList()
        .map(
            outcomes -> {
              int stored = 0;
              int retried = 0;
              int dead = 0;
              for (Outcome outcome : outcomes) {
                switch (outcome) {
                  case STORED -> stored++;
                  case RETRIED -> retried++;
                  case DEAD -> dead++;
                }
              }
              return new AnalysisRound(outcomes.size(), stored, retried, dead);
            });
  }

  private Mono<Outcome> process(AnalysisJob job) {
    return sentiment
        .analyze(job.text())
        .flatMap(result -> queue.complete(job, result).thenReturn(Outcome.STORED))
        .onErrorResume(error -> !isStorageFailure(error), error -> failed(job, error));
  }

  private Mono<Outcome> failed(AnalysisJob job, Throwable error) {
    String reason = error.getClass().getSimpleName();
    if (job.attempts() >= policy.maxAttempts()) {
      return queue.fail(job, reason, null).thenReturn(Outcome.DEAD);
    }
    Instant retryAt = clock.instant().plus(policy.backoff(job.attempts()));
    return queue.fail(job, reason, retryAt).thenReturn(Outcome.RETRIED);
  }

  /** A store that fails leaves the job leased: it is claimed again when the lease runs out. */
  private static boolean isStorageFailure(Throwable error) {
    return error instanceof StorageException;
  }

  private enum Outcome {
    STORED,
    RETRIED,
    DEAD
  }
}
