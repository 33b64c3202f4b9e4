package dev.heng.application.port.in;

import dev.heng.domain.knowledge.KnowledgeCredit;
import reactor.core.publisher.Mono;

/** Reads an agent's knowledge credit with every credited reuse behind it. */
public interface FindKnowledgeCreditUseCase {

  /**
   * @return a mono of the credit, or an empty mono when the tenant has no such agent or the caller
   *     may not see it; the two look alike on purpose
   */
  Mono<KnowledgeCredit> find(FindKnowledgeCreditQuery query);
}
