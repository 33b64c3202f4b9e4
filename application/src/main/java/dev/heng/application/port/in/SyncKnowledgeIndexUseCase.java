package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/**
 * Catches the knowledge index up with stored records: in full for a tenant and kind it has no mark
 * for (a new, wiped or never finished index), otherwise from its mark. A pass may be interrupted at
 * any point; the next one repeats what the interrupted one had not marked.
 */
public interface SyncKnowledgeIndexUseCase {

  /**
   * @return a mono of what the pass did, emitted when it is done; it signals the index's or the
   *     store's error if either failed, leaving the marks of the kinds finished before
   */
  Mono<KnowledgeIndexSync> sync(SyncKnowledgeIndexCommand command);
}
