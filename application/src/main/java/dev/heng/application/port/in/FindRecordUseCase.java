package dev.heng.application.port.in;

import dev.heng.domain.record.IntakeRecord;
import reactor.core.publisher.Mono;

/** Reads one record of the caller's tenant. */
public interface FindRecordUseCase {

  /**
   * Finds the record.
   *
   * @return a mono of the record, or an empty mono when the tenant has no such record or the caller
   *     may not see it; the two cases are indistinguishable on purpose
   */
  Mono<IntakeRecord> find(FindRecordQuery query);
}
