package dev.heng.application.port.out;

import dev.heng.domain.access.AccessScope;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/** Reads a tenant's records, never another tenant's. */
public interface LoadRecordsPort {

  /**
   * Loads one record if it lies within the scope.
   *
   * @return a mono of the record, or an empty mono when it is missing or outside the scope
   */
  Mono<IntakeRecord> load(TenantId tenantId, RecordKind kind, String externalId, AccessScope scope);

  /**
   * Loads the records after a position, in storage order.
   *
   * @param after the storage position to start after, 0 for the beginning
   * @param limit the most records to return
   * @return a mono of the slice: at most {@code limit} records and the position of the last one
   */
  Mono<RecordSlice> list(
      TenantId tenantId,
      RecordKind kind,
      RecordCriteria criteria,
      AccessScope scope,
      long after,
      int limit);

  /**
   * Tells which of the given external ids the tenant has for a kind.
   *
   * @return a mono of the subset that exists; never empty
   */
  Mono<Set<String>> existing(TenantId tenantId, RecordKind kind, Collection<String> externalIds);

  /**
   * A slice of records.
   *
   * @param records the records in storage order
   * @param lastPosition the storage position of the last record, or the {@code after} asked for
   *     when there is none
   */
  record RecordSlice(List<IntakeRecord> records, long lastPosition) {
    public RecordSlice {
      records = List.copyOf(records);
    }
  }
}
