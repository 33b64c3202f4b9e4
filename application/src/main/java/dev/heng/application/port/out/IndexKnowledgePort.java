package dev.heng.application.port.out;

import dev.heng.domain.record.EventType;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Keeps the knowledge index, shared by all tenants, in step with their records. Indexing the same
 * record twice leaves one entry, so a pass may be repeated or interrupted at any point.
 */
public interface IndexKnowledgePort {

  /** The types of ticket event the index keeps; it skips events of every other type. */
  Set<EventType> INDEXED_EVENT_TYPES =
      Set.of(EventType.KNOWLEDGE_SEARCHED, EventType.KNOWLEDGE_LINKED);

  /**
   * Adds or replaces the index entries of records: tickets, knowledge articles, and ticket events
   * of type {@code knowledge_searched} and {@code knowledge_linked}; records of other kinds and
   * other events are skipped.
   *
   * @return a mono that completes once the entries are visible to searches; it signals a {@link
   *     KnowledgeIndexException} if the index could not be written
   */
  Mono<Void> index(TenantId tenantId, List<IntakeRecord> records);

  /**
   * Tells up to when a tenant's records of a kind are known to be indexed. Marks belong to a tenant
   * as created: a tenant of the same id but another creation time (a database wiped and filled
   * again) has none.
   *
   * @return a mono of the instant given to the last durable {@link #markIndexedUpTo}, or an empty
   *     mono when the index has none (a new or rebuilt index, or a recreated tenant)
   */
  Mono<Instant> indexedUpTo(Tenant tenant, RecordKind kind);

  /**
   * Records durably, together with every entry indexed so far, that a tenant's records of a kind
   * stored or changed before {@code upTo} are indexed.
   *
   * @return a mono that completes once written; it signals a {@link KnowledgeIndexException} on
   *     failure
   */
  Mono<Void> markIndexedUpTo(Tenant tenant, RecordKind kind, Instant upTo);

  /**
   * Removes a tenant's entries last indexed before an instant, and its marks: after a rebuild from
   * scratch, what the rebuild did not renew belongs to no stored record.
   *
   * @param before entries indexed before this instant of the system clock go
   * @return a mono that completes once the entries are gone from searches
   */
  Mono<Void> removeIndexedBefore(TenantId tenantId, Instant before);
}
