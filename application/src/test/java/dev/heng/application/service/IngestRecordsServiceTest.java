package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.OTHER_TENANT;
import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static dev.heng.application.service.SampleRecords.message;
import static dev.heng.application.service.SampleRecords.team;
import static dev.heng.application.service.SampleRecords.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.heng.application.port.in.IngestRecordsCommand;
import dev.heng.application.port.in.IntakeLine;
import dev.heng.application.port.in.IntakeOutcome;
import dev.heng.application.port.in.LineViolation;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

class IngestRecordsServiceTest {

  private final InMemoryStoreRecordsPort store = new InMemoryStoreRecordsPort();
  private final InMemoryLoadRecordsPort load = new InMemoryLoadRecordsPort(store);
  private final IngestRecordsService service = new IngestRecordsService(store, load);

  private static IngestRecordsCommand batch(RecordKind kind, IntakeRecord... records) {
    List<IntakeLine> lines = new ArrayList<>();
    for (IntakeRecord record : records) {
      lines.add(new IntakeLine.Read(lines.size() + 1, record));
    }
    return new IngestRecordsCommand(caller(Role.INTEGRATION_CLIENT), kind, lines);
  }

  private static IngestRecordsCommand batch(RecordKind kind, List<IntakeLine> lines) {
    return new IngestRecordsCommand(caller(Role.INTEGRATION_CLIENT), kind, lines);
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"TEAM_LEAD", "QA_REVIEWER", "KNOWLEDGE_MANAGER", "AGENT"})
  void forbidsRolesThatMayOnlyRead(Role role) {
    IngestRecordsCommand command =
        new IngestRecordsCommand(
            caller(role), RecordKind.TEAMS, List.of(new IntakeLine.Read(1, team("team-1"))));

    StepVerifier.create(service.ingest(command))
        .assertNext(
            outcome ->
                assertThat(outcome)
                    .isInstanceOfSatisfying(
                        IntakeOutcome.Forbidden.class,
                        forbidden -> assertThat(forbidden.reason()).contains(role.name())))
        .verifyComplete();

    assertThat(store.storeCalls()).isZero();
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"TENANT_ADMIN", "INTEGRATION_CLIENT"})
  void acceptsRecordsFromRolesThatMayWrite(Role role) {
    IngestRecordsCommand command =
        new IngestRecordsCommand(
            caller(role), RecordKind.TEAMS, List.of(new IntakeLine.Read(1, team("team-1"))));

    StepVerifier.create(service.ingest(command))
        .expectNext(new IntakeOutcome.Accepted(new IntakeCounts(1, 0, 0)))
        .verifyComplete();
  }

  @Test
  void storesAcceptedBatchForTheCallersTenant() {
    IngestRecordsCommand command =
        batch(RecordKind.TEAMS, team("team-1"), team("team-2"), team("team-3"));

    StepVerifier.create(service.ingest(command))
        .expectNext(new IntakeOutcome.Accepted(new IntakeCounts(3, 0, 0)))
        .verifyComplete();

    assertThat(store.records(TENANT, RecordKind.TEAMS))
        .containsExactly(team("team-1"), team("team-2"), team("team-3"));
    assertThat(store.records(OTHER_TENANT, RecordKind.TEAMS)).isEmpty();
  }

  @Test
  void countsCreatedUpdatedAndUnchangedRecords() {
    store.put(TENANT, team("team-1"), team("team-2"));
    IngestRecordsCommand command =
        batch(RecordKind.TEAMS, team("team-1"), team("team-2", "Renamed"), team("team-3"));

    StepVerifier.create(service.ingest(command))
        .expectNext(new IntakeOutcome.Accepted(new IntakeCounts(1, 1, 1)))
        .verifyComplete();

    assertThat(store.records(TENANT, RecordKind.TEAMS)).contains(team("team-2", "Renamed"));
  }

  @Test
  void acceptsEmptyBatchWithoutStoring() {
    IngestRecordsCommand command = batch(RecordKind.TEAMS, List.of());

    StepVerifier.create(service.ingest(command))
        .expectNext(new IntakeOutcome.Accepted(new IntakeCounts(0, 0, 0)))
        .verifyComplete();

    assertThat(store.storeCalls()).isZero();
  }

  @Test
  void rejectsBatchWithDuplicateIdsNamingBothLines() {
    IngestRecordsCommand command =
        batch(RecordKind.TEAMS, team("team-1"), team("team-2"), team("team-1", "Again"));

    StepVerifier.create(service.ingest(command))
        .assertNext(
            outcome -> {
              List<LineViolation> violations = ((IntakeOutcome.Rejected) outcome).violations();
              assertThat(violations).hasSize(1);
              assertThat(violations.getFirst().line()).isEqualTo(3);
              assertThat(violations.getFirst().field()).isEqualTo("externalId");
              assertThat(violations.getFirst().reason()).contains("'team-1'", "line 1");
            })
        .verifyComplete();

    assertThat(store.storeCalls()).isZero();
  }

  @Test
  void reportsUnreadableLinesWithLineFieldAndReason() {
    List<IntakeLine> lines =
        List.of(
            new IntakeLine.Read(1, team("team-1")),
            new IntakeLine.Unreadable(2, "name", "is required"),
            new IntakeLine.Read(3, team("team-3")),
            new IntakeLine.Unreadable(4, null, "is not a JSON object"));

    StepVerifier.create(service.ingest(batch(RecordKind.TEAMS, lines)))
        .expectNext(
            new IntakeOutcome.Rejected(
                List.of(
                    new LineViolation(2, "name", "is required"),
                    new LineViolation(4, null, "is not a JSON object"))))
        .verifyComplete();

    assertThat(store.storeCalls()).isZero();
    assertThat(store.records(TENANT, RecordKind.TEAMS)).isEmpty();
  }

  @Test
  void rejectsLineHoldingAnotherKind() {
    List<IntakeLine> lines =
        List.of(new IntakeLine.Read(1, team("team-1")), new IntakeLine.Read(2, ticket("tk-1")));

    StepVerifier.create(service.ingest(batch(RecordKind.TEAMS, lines)))
        .assertNext(
            outcome -> {
              LineViolation violation = ((IntakeOutcome.Rejected) outcome).violations().getFirst();
              assertThat(violation.line()).isEqualTo(2);
              assertThat(violation.field()).isNull();
              assertThat(violation.reason()).contains("tickets", "teams");
            })
        .verifyComplete();
  }

  @Test
  void rejectsEventsOfUnknownTicketsAndStoresNothing() {
    store.put(TENANT, ticket("tk-1"));
    IngestRecordsCommand command =
        batch(
            RecordKind.TICKET_EVENTS,
            message("ev-1", "tk-1"),
            message("ev-2", "tk-404"),
            message("ev-3", "tk-1"));

    StepVerifier.create(service.ingest(command))
        .assertNext(
            outcome -> {
              List<LineViolation> violations = ((IntakeOutcome.Rejected) outcome).violations();
              assertThat(violations).extracting(LineViolation::line).containsExactly(2);
              assertThat(violations.getFirst().field()).isEqualTo("ticketId");
              assertThat(violations.getFirst().reason()).contains("'tk-404'");
            })
        .verifyComplete();

    assertThat(store.storeCalls()).isZero();
    assertThat(store.records(TENANT, RecordKind.TICKET_EVENTS)).isEmpty();
  }

  @Test
  void countsOnlyTicketsOfTheCallersTenant() {
    store.put(OTHER_TENANT, ticket("tk-1"));
    IngestRecordsCommand command = batch(RecordKind.TICKET_EVENTS, message("ev-1", "tk-1"));

    StepVerifier.create(service.ingest(command))
        .assertNext(outcome -> assertThat(outcome).isInstanceOf(IntakeOutcome.Rejected.class))
        .verifyComplete();
  }

  @Test
  void storesEventsOfKnownTickets() {
    store.put(TENANT, ticket("tk-1"), ticket("tk-2"));
    IngestRecordsCommand command =
        batch(RecordKind.TICKET_EVENTS, message("ev-1", "tk-1"), message("ev-2", "tk-2"));

    StepVerifier.create(service.ingest(command))
        .expectNext(new IntakeOutcome.Accepted(new IntakeCounts(2, 0, 0)))
        .verifyComplete();

    assertThat(store.records(TENANT, RecordKind.TICKET_EVENTS)).hasSize(2);
  }

  @Test
  void listsEveryViolationInLineOrder() {
    store.put(TENANT, ticket("tk-1"));
    List<IntakeLine> lines =
        List.of(
            new IntakeLine.Read(1, message("ev-1", "tk-404")),
            new IntakeLine.Read(2, message("ev-2", "tk-1")),
            new IntakeLine.Read(3, message("ev-2", "tk-1")),
            new IntakeLine.Unreadable(4, "occurredAt", "is not an ISO-8601 instant"));

    StepVerifier.create(service.ingest(batch(RecordKind.TICKET_EVENTS, lines)))
        .assertNext(
            outcome ->
                assertThat(((IntakeOutcome.Rejected) outcome).violations())
                    .extracting(LineViolation::line, LineViolation::field)
                    .containsExactly(
                        tuple(1, "ticketId"), tuple(3, "externalId"), tuple(4, "occurredAt")))
        .verifyComplete();
  }

  @Test
  void storesNothingOfABatchWithOneBadLine() {
    List<IntakeLine> lines = new ArrayList<>();
    for (int i = 1; i <= 99; i++) {
      lines.add(new IntakeLine.Read(i, team("team-" + i)));
    }
    lines.add(new IntakeLine.Unreadable(100, "name", "is required"));

    StepVerifier.create(service.ingest(batch(RecordKind.TEAMS, lines)))
        .assertNext(outcome -> assertThat(outcome).isInstanceOf(IntakeOutcome.Rejected.class))
        .verifyComplete();

    assertThat(store.storeCalls()).isZero();
    assertThat(store.records(TENANT, RecordKind.TEAMS)).isEmpty();
  }

  @Test
  void signalsTheStoresFailure() {
    StorageException failure = new StorageException("database down", new RuntimeException());
    store.failWith(failure);

    StepVerifier.create(service.ingest(batch(RecordKind.TEAMS, team("team-1"))))
        .verifyErrorSatisfies(error -> assertThat(error).isSameAs(failure));
  }
}
