package dev.heng.application.service;

import dev.heng.application.port.in.ReanalyseMessagesCommand;
import dev.heng.application.port.in.ReanalyseMessagesUseCase;
import dev.heng.application.port.in.Reanalysis;
import dev.heng.application.port.out.AnalysisQueuePort;
import dev.heng.application.port.out.AnalyzeSentimentPort;
import dev.heng.domain.access.Role;
import reactor.core.publisher.Mono;

/** Queues every message without a result of the current analyser. */
public final class ReanalyseMessagesService implements ReanalyseMessagesUseCase {

  private final AnalysisQueuePort queue;
  private final AnalyzeSentimentPort sentiment;

  public ReanalyseMessagesService(AnalysisQueuePort queue, AnalyzeSentimentPort sentiment) {
    this.queue = queue;
    this.sentiment = sentiment;
  }

  @Override
  public Mono<Reanalysis> reanalyse(ReanalyseMessagesCommand command) {
    if (command.caller().role() != Role.TENANT_ADMIN) {
      return Mono.just(new Reanalysis.Forbidden("only a tenant admin may re-analyse history"));
    }
    String key = sentiment.analyser().key();
    return queue
        .requeue(command.caller().tenantId(), key)
        .map(jobs -> (Reanalysis) new Reanalysis.Queued(jobs, key));
  }
}
