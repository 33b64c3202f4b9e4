package dev.heng.application.service;

import dev.heng.application.port.out.StoreRecordsPort;
import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Keeps records in memory per tenant and kind, each with the position it was first stored at. A
 * record equal to the stored one counts as unchanged. It can be told to fail, and counts how often
 * it was asked to store.
 */
final class InMemoryStoreRecordsPort implements StoreRecordsPort {

  /** A stored record and its storage position, which starts at 1 and only grows. */
  record Stored(long position, IntakeRecord record) {}

  private record Shelf(TenantId tenantId, RecordKind kind) {}

  private final Map<Shelf, LinkedHashMap<String, Stored>> shelves = new HashMap<>();
  private long lastPosition;
  private int storeCalls;
  private RuntimeException failure;

  @Override
  public Mono<IntakeCounts> store(TenantId tenantId, RecordKind kind, List<IntakeRecord> records) {
    return Mono.fromSupplier(
        () -> {
          storeCalls++;
          if (failure != null) {
            throw failure;
          }
          return keep(tenantId, kind, records);
        });
  }

  /** Stores records at once, for arranging a test; not counted as a call of {@link #store}. */
  void put(TenantId tenantId, IntakeRecord... records) {
    for (IntakeRecord record : records) {
      keep(tenantId, record.kind(), List.of(record));
    }
  }

  private IntakeCounts keep(TenantId tenantId, RecordKind kind, List<IntakeRecord> records) {
    LinkedHashMap<String, Stored> shelf =
        shelves.computeIfAbsent(new Shelf(tenantId, kind), key -> new LinkedHashMap<>());
    int created = 0;
    int updated = 0;
    for (IntakeRecord record : records) {
      Stored before = shelf.get(record.externalId());
      if (before == null) {
        shelf.put(record.externalId(), new Stored(++lastPosition, record));
        created++;
      } else if (!before.record().equals(record)) {
        shelf.put(record.externalId(), new Stored(before.position(), record));
        updated++;
      }
    }
    return new IntakeCounts(created, updated, records.size() - created - updated);
  }

  /** Makes every later store fail with {@code failure}. */
  void failWith(RuntimeException failure) {
    this.failure = failure;
  }

  /** How often {@link #store} was called, not counting {@link #put}. */
  int storeCalls() {
    return storeCalls;
  }

  /** The tenant's records of a kind in storage order. */
  List<Stored> stored(TenantId tenantId, RecordKind kind) {
    return List.copyOf(
        shelves.getOrDefault(new Shelf(tenantId, kind), new LinkedHashMap<>()).values());
  }

  /** The tenant's records of a kind in storage order, without their positions. */
  List<IntakeRecord> records(TenantId tenantId, RecordKind kind) {
    return stored(tenantId, kind).stream().map(Stored::record).toList();
  }
}
