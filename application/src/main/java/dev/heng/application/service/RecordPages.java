package dev.heng.application.service;

import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.LoadRecordsPort.RecordSlice;
import dev.heng.application.port.out.RecordCriteria;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.tenant.TenantId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads every record of a listing, page after page, in storage order. */
final class RecordPages {

  private static final int PAGE = 1_000;

  private RecordPages() {}

  static Flux<IntakeRecord> all(
      LoadRecordsPort records,
      TenantId tenantId,
      RecordKind kind,
      RecordCriteria criteria,
      AccessScope scope) {
    return page(records, tenantId, kind, criteria, scope, 0)
        .expand(
            slice ->
                slice.records().size() < PAGE
                    ? Mono.empty()
                    : page(records, tenantId, kind, criteria, scope, slice.lastPosition()))
        .concatMapIterable(RecordSlice::records);
  }

  private static Mono<RecordSlice> page(
      LoadRecordsPort records,
      TenantId tenantId,
      RecordKind kind,
      RecordCriteria criteria,
      AccessScope scope,
      long after) {
    return records.list(tenantId, kind, criteria, scope, after, PAGE);
  }
}
