package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Stores a batch of records for a tenant, all or nothing, idempotent on external ids. */
public interface IngestRecordsUseCase {

  /**
   * Validates and stores the batch.
   *
   * <p>Rules: every line must hold a record of the command's kind; an external id may appear once
   * per batch; a ticket event must name a ticket the tenant already has (an event for an unknown
   * ticket is rejected, never held or dropped). A record whose content equals what is stored counts
   * as unchanged and is not written again.
   *
   * @return a mono of the outcome; it signals an error only when the store fails, in which case
   *     nothing of the batch was written
   */
  Mono<IntakeOutcome> ingest(IngestRecordsCommand command);
}
