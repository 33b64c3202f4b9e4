package dev.heng.bootstrap;

import dev.heng.application.port.in.IngestRecordsCommand;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.IntakeLine;
import dev.heng.application.port.in.IntakeOutcome;
import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Hands each committed batch of tickets, articles and ticket events to the knowledge index before
 * answering, so that what intake accepted is searchable when the caller hears back. An index
 * failure does not fail the intake, which is already committed: it is logged, and the periodic
 * catch-up ({@link KnowledgeIndexFollower}) indexes the batch from the database.
 */
final class KnowledgeIndexingIngestRecords implements IngestRecordsUseCase {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexingIngestRecords.class);

  private static final Set<RecordKind> INDEXED =
      Set.of(RecordKind.TICKETS, RecordKind.ARTICLES, RecordKind.TICKET_EVENTS);

  private final IngestRecordsUseCase delegate;
  private final IndexKnowledgePort index;

  KnowledgeIndexingIngestRecords(IngestRecordsUseCase delegate, IndexKnowledgePort index) {
    this.delegate = delegate;
    this.index = index;
  }

  @Override
  public Mono<IntakeOutcome> ingest(IngestRecordsCommand command) {
    return delegate
        .ingest(command)
        .flatMap(
            outcome -> {
              if (!(outcome instanceof IntakeOutcome.Accepted)
                  || !INDEXED.contains(command.kind())) {
                return Mono.just(outcome);
              }
              List<IntakeRecord> records =
                  command.lines().stream()
                      .filter(IntakeLine.Read.class::isInstance)
                      .map(line -> ((IntakeLine.Read) line).record())
                      .toList();
              return index
                  .index(command.caller().tenantId(), records)
                  .onErrorResume(
                      error -> {
                        log.warn(
                            "Indexing {} {} of tenant {} failed; the catch-up will index them",
                            records.size(),
                            command.kind().path(),
                            command.caller().tenantId().value(),
                            error);
                        return Mono.empty();
                      })
                  .thenReturn(outcome);
            });
  }
}
