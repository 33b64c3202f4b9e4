package dev.heng.application.service;

import dev.heng.application.port.in.FindRecordQuery;
import dev.heng.application.port.in.FindRecordUseCase;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.domain.record.IntakeRecord;
import reactor.core.publisher.Mono;

/** Reads one record within the caller's tenant and scope. */
public final class FindRecordService implements FindRecordUseCase {

  private final LoadRecordsPort load;

  public FindRecordService(LoadRecordsPort load) {
    this.load = load;
  }

  @Override
  public Mono<IntakeRecord> find(FindRecordQuery query) {
    return load.load(
        query.caller().tenantId(), query.kind(), query.externalId(), query.caller().scope());
  }
}
