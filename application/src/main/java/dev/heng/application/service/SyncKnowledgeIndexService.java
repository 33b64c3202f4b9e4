package dev.heng.application.service;

import dev.heng.application.port.in.KnowledgeIndexSync;
import dev.heng.application.port.in.SyncKnowledgeIndexCommand;
import dev.heng.application.port.in.SyncKnowledgeIndexUseCase;
import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.LoadRecordsPort.RecordSlice;
import dev.heng.application.port.out.RecordCriteria;
import dev.heng.application.port.out.TenantStorePort;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads, for each tenant and each indexed kind (articles, tickets, ticket events), the records
 * stored or changed since the index's mark, page by page in storage order, and hands them to the
 * index; then it moves the mark to the pass's start less {@link #OVERLAP}. The overlap covers
 * batches stamped before the pass began that committed after it read past them: such a batch is
 * read again next time, and indexing a record twice does no harm.
 */
public final class SyncKnowledgeIndexService implements SyncKnowledgeIndexUseCase {

  /** How far before a pass's start the next pass begins reading. */
  public static final Duration OVERLAP = Duration.ofMinutes(1);

  /** Records read per page. */
  static final int PAGE = 10_000;

  private static final List<RecordKind> KINDS =
      List.of(RecordKind.ARTICLES, RecordKind.TICKETS, RecordKind.TICKET_EVENTS);

  private final TenantStorePort tenants;
  private final LoadRecordsPort records;
  private final IndexKnowledgePort index;
  private final Clock clock;

  public SyncKnowledgeIndexService(
      TenantStorePort tenants, LoadRecordsPort records, IndexKnowledgePort index, Clock clock) {
    this.tenants = tenants;
    this.records = records;
    this.index = index;
    this.clock = clock;
  }

  @Override
  public Mono<KnowledgeIndexSync> sync(SyncKnowledgeIndexCommand command) {
    return Mono.defer(
        () -> {
          Instant started = clock.instant();
          Map<RecordKind, AtomicLong> counts = new EnumMap<>(RecordKind.class);
          KINDS.forEach(kind -> counts.put(kind, new AtomicLong()));
          AtomicInteger passed = new AtomicInteger();
          AtomicInteger rebuilt = new AtomicInteger();
          Flux<Tenant> chosen =
              command.tenantName() == null
                  ? tenants.findAll()
                  : tenants.findByName(command.tenantName()).flux();
          return chosen
              .concatMap(
                  tenant ->
                      catchUp(tenant, counts, rebuilt)
                          .then(Mono.fromRunnable(passed::incrementAndGet)))
              .then(
                  Mono.fromSupplier(
                      () ->
                          new KnowledgeIndexSync(
                              passed.get(),
                              rebuilt.get(),
                              counts.get(RecordKind.ARTICLES).get(),
                              counts.get(RecordKind.TICKETS).get(),
                              counts.get(RecordKind.TICKET_EVENTS).get(),
                              Duration.between(started, clock.instant()))));
        });
  }

  /**
   * Catches one tenant up. A tenant the index holds no mark for at all (a new index, or a tenant
   * whose id was given again in a wiped database) is read in full, then its entries that the full
   * read did not renew are removed, and only then are its marks set; if the pass is interrupted,
   * the next one starts it over.
   */
  private Mono<Void> catchUp(
      Tenant tenant, Map<RecordKind, AtomicLong> counts, AtomicInteger rebuilt) {
    Instant passStart = clock.instant();
    Instant upTo = passStart.minus(OVERLAP);
    return Flux.fromIterable(KINDS)
        .concatMap(kind -> index.indexedUpTo(tenant, kind).map(mark -> Map.entry(kind, mark)))
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .flatMap(
            marks -> {
              // Known gap: when a tenant id is given again after a wipe, the old tenant's entries
              // stay searchable until this full read has finished and removed them.
              if (marks.isEmpty()) {
                return Flux.fromIterable(KINDS)
                    .concatMap(
                        kind -> {
                          rebuilt.incrementAndGet();
                          return read(tenant, kind, null, counts.get(kind));
                        })
                    .then(index.removeIndexedBefore(tenant.id(), passStart))
                    .thenMany(Flux.fromIterable(KINDS))
                    .concatMap(kind -> index.markIndexedUpTo(tenant, kind, upTo))
                    .then();
              }
              return Flux.fromIterable(KINDS)
                  .concatMap(
                      kind -> {
                        Instant mark = marks.get(kind);
                        if (mark == null) {
                          rebuilt.incrementAndGet();
                        }
                        return read(tenant, kind, mark, counts.get(kind))
                            .then(index.markIndexedUpTo(tenant, kind, upTo));
                      })
                  .then();
            });
  }

  private Mono<Void> read(Tenant tenant, RecordKind kind, Instant since, AtomicLong count) {
    // Events of other types have no entry, so they are not read at all: after a bulk load of
    // conversations a pass reads the few knowledge events, not every message.
    Set<EventType> types =
        kind == RecordKind.TICKET_EVENTS ? IndexKnowledgePort.INDEXED_EVENT_TYPES : null;
    RecordCriteria criteria = new RecordCriteria(null, null, null, null, null, null, since, types);
    return pages(tenant.id(), kind, criteria, 0L)
        .concatMap(
            slice -> {
              count.addAndGet(slice.records().size());
              return index.index(tenant.id(), slice.records());
            })
        .then();
  }

  private Flux<RecordSlice> pages(
      TenantId tenant, RecordKind kind, RecordCriteria criteria, long after) {
    return records
        .list(tenant, kind, criteria, new AccessScope.WholeTenant(), after, PAGE)
        .flatMapMany(
            slice -> {
              if (slice.records().isEmpty()) {
                return Flux.empty();
              }
              Flux<RecordSlice> rest =
                  slice.records().size() < PAGE
                      ? Flux.empty()
                      : pages(tenant, kind, criteria, slice.lastPosition());
              return Flux.just(slice).concatWith(rest);
            });
  }
}
