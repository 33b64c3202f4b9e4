package dev.heng.application.service;

import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.RecordCriteria;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * Reads what an {@link InMemoryStoreRecordsPort} holds. It keeps tenants apart and pages by
 * position, but applies neither scopes nor criteria (the persistence contract tests cover those):
 * it notes the last ones it was given so that tests can check what a service passed on.
 */
final class InMemoryLoadRecordsPort implements LoadRecordsPort {

  private final InMemoryStoreRecordsPort store;
  private AccessScope lastScope;
  private RecordCriteria lastCriteria;
  private int calls;

  InMemoryLoadRecordsPort(InMemoryStoreRecordsPort store) {
    this.store = store;
  }

  @Override
  public Mono<IntakeRecord> load(
      TenantId tenantId, RecordKind kind, String externalId, AccessScope scope) {
    return Mono.defer(
        () -> {
          calls++;
          lastScope = scope;
          return Mono.justOrEmpty(
              store.records(tenantId, kind).stream()
                  .filter(record -> record.externalId().equals(externalId))
                  .findFirst());
        });
  }

  @Override
  public Mono<RecordSlice> list(
      TenantId tenantId,
      RecordKind kind,
      RecordCriteria criteria,
      AccessScope scope,
      long after,
      int limit) {
    return Mono.fromSupplier(
        () -> {
          calls++;
          lastScope = scope;
          lastCriteria = criteria;
          List<InMemoryStoreRecordsPort.Stored> page =
              store.stored(tenantId, kind).stream()
                  .filter(stored -> stored.position() > after)
                  .limit(limit)
                  .toList();
          return new RecordSlice(
              page.stream().map(InMemoryStoreRecordsPort.Stored::record).toList(),
              page.isEmpty() ? after : page.getLast().position());
        });
  }

  @Override
  public Mono<Set<String>> existing(
      TenantId tenantId, RecordKind kind, Collection<String> externalIds) {
    return Mono.fromSupplier(
        () -> {
          calls++;
          return store.records(tenantId, kind).stream()
              .map(IntakeRecord::externalId)
              .filter(externalIds::contains)
              .collect(Collectors.toUnmodifiableSet());
        });
  }

  /** The scope of the last load or listing, or null before the first. */
  AccessScope lastScope() {
    return lastScope;
  }

  /** The criteria of the last listing, or null before the first. */
  RecordCriteria lastCriteria() {
    return lastCriteria;
  }

  /** How often any method was called. */
  int calls() {
    return calls;
  }
}
