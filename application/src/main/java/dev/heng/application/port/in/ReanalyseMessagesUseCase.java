package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Queues a tenant's messages for analysis again after a model or settings change. */
public interface ReanalyseMessagesUseCase {

  /**
   * @return a mono of the outcome: queued with the job count, or forbidden for any role but tenant
   *     admin
   */
  Mono<Reanalysis> reanalyse(ReanalyseMessagesCommand command);
}
