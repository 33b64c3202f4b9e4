package dev.heng.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.IngestRecordsCommand;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.IntakeLine;
import dev.heng.application.port.in.IntakeOutcome;
import dev.heng.application.port.in.LineViolation;
import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.application.port.out.KnowledgeIndexException;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Team;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class KnowledgeIndexingIngestRecordsTest {

  private static final Caller CALLER =
      new Caller(new TenantId(7), "key-1", Role.INTEGRATION_CLIENT, null, null);
  private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

  private final RecordingIndex index = new RecordingIndex();

  @Test
  void indexesAnAcceptedBatchOfTicketsBeforeAnswering() {
    KnowledgeIndexingIngestRecords ingest = new KnowledgeIndexingIngestRecords(accepting(), index);

    StepVerifier.create(ingest.ingest(batch(RecordKind.TICKETS, ticket("t1"), ticket("t2"))))
        .expectNextMatches(IntakeOutcome.Accepted.class::isInstance)
        .verifyComplete();

    assertThat(index.indexed).extracting(IntakeRecord::externalId).containsExactly("t1", "t2");
  }

  @Test
  void leavesRejectedBatchesAndKindsWithoutKnowledgeOutOfTheIndex() {
    KnowledgeIndexingIngestRecords rejecting =
        new KnowledgeIndexingIngestRecords(
            command ->
                Mono.just(
                    new IntakeOutcome.Rejected(List.of(new LineViolation(1, "subject", "bad")))),
            index);
    KnowledgeIndexingIngestRecords accepting =
        new KnowledgeIndexingIngestRecords(accepting(), index);

    rejecting.ingest(batch(RecordKind.TICKETS, ticket("t1"))).block();
    accepting.ingest(batch(RecordKind.TEAMS, new Team("T-1", "Billing", null))).block();

    assertThat(index.indexed).isEmpty();
  }

  @Test
  void answersTheCommittedIntakeEvenWhenTheIndexFails() {
    index.failing = true;
    KnowledgeIndexingIngestRecords ingest = new KnowledgeIndexingIngestRecords(accepting(), index);

    StepVerifier.create(ingest.ingest(batch(RecordKind.TICKETS, ticket("t1"))))
        .expectNextMatches(IntakeOutcome.Accepted.class::isInstance)
        .verifyComplete();
  }

  private static IngestRecordsUseCase accepting() {
    return command ->
        Mono.just(new IntakeOutcome.Accepted(new IntakeCounts(command.lines().size(), 0, 0)));
  }

  private static IngestRecordsCommand batch(RecordKind kind, IntakeRecord... records) {
    List<IntakeLine> lines = new ArrayList<>();
    for (IntakeRecord record : records) {
      lines.add(new IntakeLine.Read(lines.size() + 1, record));
    }
    return new IngestRecordsCommand(CALLER, kind, lines);
  }

  private static Ticket ticket(String id) {
    return new Ticket(
        id,
        "c-1",
        "a-1",
        Channel.CHAT,
        "billing",
        Priority.NORMAL,
        AT,
        null,
        AT.plusSeconds(60),
        0,
        null,
        false,
        false,
        null,
        "Charged twice",
        null,
        "Refunded");
  }

  /** An index that records what it was given, or fails when told to. */
  private static final class RecordingIndex implements IndexKnowledgePort {

    private final List<IntakeRecord> indexed = new ArrayList<>();
    private boolean failing;

    @Override
    public Mono<Void> index(TenantId tenantId, List<IntakeRecord> records) {
      if (failing) {
        return Mono.error(new KnowledgeIndexException("index down", new IOException("disk full")));
      }
      indexed.addAll(records);
      return Mono.empty();
    }

    @Override
    public Mono<Instant> indexedUpTo(Tenant tenant, RecordKind kind) {
      return Mono.empty();
    }

    @Override
    public Mono<Void> markIndexedUpTo(Tenant tenant, RecordKind kind, Instant upTo) {
      return Mono.empty();
    }

    @Override
    public Mono<Void> removeIndexedBefore(TenantId tenantId, Instant before) {
      return Mono.empty();
    }
  }
}
