package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Works through the queue of messages waiting for sentiment analysis. */
public interface AnalyseMessagesUseCase {

  /**
   * Runs one round: claims due jobs under a lease, analyses each outside any transaction and stores
   * its result once; a failed analysis is retried with exponential backoff and ends dead after the
   * configured attempts.
   *
   * @return a mono of what the round did; {@code claimed} is 0 when nothing was due. Signals a
   *     storage failure; jobs claimed before it are claimed again when their lease runs out
   */
  Mono<AnalysisRound> analyse(AnalyseMessagesCommand command);
}
