package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/**
 * Suggests how an agent could improve: its weakest dimensions and metrics against peers with
 * comparable workload, with next steps drawn from the tenant's own data.
 */
public interface FindImprovementSuggestionsUseCase {

  /**
   * @return a mono of what was found, or an empty mono when the caller may not see the agent or the
   *     tenant has no such agent; the two look alike on purpose. It signals a {@code
   *     StorageException} if stored data cannot be read
   */
  Mono<SuggestionLookup> find(FindImprovementSuggestionsQuery query);
}
