package dev.heng.adapter.out.persistence;

import static dev.heng.adapter.out.persistence.RecordSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.out.LoadRecordsPort.RecordSlice;
import dev.heng.application.port.out.RecordCriteria;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.Agent;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Team;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.util.function.Tuple2;

/**
 * What {@link RecordPersistenceAdapter} promises as a {@code StoreRecordsPort} and a {@code
 * LoadRecordsPort}, checked against a real database. Each subclass supplies one database, migrated
 * once per class; each test works in tenants of its own, so tests never see each other's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecordPersistenceContract {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger TENANTS = new AtomicInteger();
  private static final Instant FIRST_STORE = Instant.parse("2025-06-01T00:00:00Z");
  private static final RecordCriteria NO_CRITERIA =
      new RecordCriteria(null, null, null, null, null, null, null);
  private static final AccessScope WHOLE = new AccessScope.WholeTenant();

  /** A name the database refuses in this test class, to fail a write inside its transaction. */
  private static final String POISONED_NAME = "Poisoned by the test";

  private TestDatabase database;
  private TestClock clock;
  private RecordPersistenceAdapter records;

  /** Opens the database this contract runs against, wiped and migrated. */
  abstract TestDatabase openDatabase();

  @BeforeAll
  void openDatabaseOnce() {
    database = openDatabase();
    database
        .client
        .sql(
            "ALTER TABLE agents ADD CONSTRAINT test_refuses_poison CHECK (name <> '"
                + POISONED_NAME
                + "')")
        .then()
        .block();
  }

  /** The database this contract runs against, open between all tests of a class. */
  TestDatabase database() {
    return database;
  }

  @AfterAll
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void newAdapter() {
    clock = new TestClock(FIRST_STORE);
    records = database.records(clock);
  }

  // Round trips

  static Stream<Named<IntakeRecord>> fullAndSparseOfEveryKind() {
    return RecordSamples.fullAndSparseOfEveryKind().stream()
        .map(record -> Named.of(record.externalId(), record));
  }

  @ParameterizedTest
  @MethodSource("fullAndSparseOfEveryKind")
  void loadsEveryFieldExactlyAsStored(IntakeRecord record) {
    TenantId tenant = newTenant();

    StepVerifier.create(records.store(tenant, record.kind(), List.of(record)))
        .expectNext(new IntakeCounts(1, 0, 0))
        .verifyComplete();

    StepVerifier.create(records.load(tenant, record.kind(), record.externalId(), WHOLE))
        .expectNext(record)
        .verifyComplete();
    assertThat(listAll(tenant, record.kind(), NO_CRITERIA, WHOLE)).containsExactly(record);
  }

  @Test
  void holdsTheLongestIdsAndTextsTheDomainAllowsInAnyScript() {
    TenantId tenant = newTenant();
    Team team = new Team("😀".repeat(64), "😀".repeat(100), "名".repeat(128));
    Ticket ticket =
        new Ticket(
            "客".repeat(128),
            "😀".repeat(64),
            "a".repeat(128),
            Channel.CHAT,
            "c".repeat(100),
            Priority.LOW,
            T0,
            null,
            null,
            1_000,
            null,
            false,
            false,
            Ticket.MAX_HANDLE_SECONDS,
            "s".repeat(500),
            "d".repeat(20_000),
            "r".repeat(20_000));

    store(tenant, List.of(team));
    store(tenant, List.of(ticket));

    StepVerifier.create(records.load(tenant, RecordKind.TEAMS, team.externalId(), WHOLE))
        .expectNext(team)
        .verifyComplete();
    StepVerifier.create(records.load(tenant, RecordKind.TICKETS, ticket.externalId(), WHOLE))
        .expectNext(ticket)
        .verifyComplete();
  }

  @Test
  void keepsInstantsToTheMicrosecond() {
    TenantId tenant = newTenant();
    Ticket ticket =
        RecordSamples.fullTicket(
            "tk-1", "cust-1", "agent-1", Instant.parse("2025-03-04T05:06:07.123456789Z"));

    store(tenant, List.of(ticket));

    Ticket loaded = (Ticket) records.load(tenant, RecordKind.TICKETS, "tk-1", WHOLE).block();
    assertThat(loaded.createdAt()).isEqualTo(Instant.parse("2025-03-04T05:06:07.123456Z"));
    assertThat(loaded.firstResponseAt()).isEqualTo(Instant.parse("2025-03-04T05:07:37.123457Z"));
    assertThat(loaded.resolvedAt()).isEqualTo(Instant.parse("2025-03-04T06:06:07.123456Z"));
  }

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void storesAndLoadsManyRecordsOfEveryKind(RecordKind kind) {
    TenantId tenant = newTenant();
    List<IntakeRecord> batch = RecordSamples.many(kind, 100);

    IntakeCounts first = store(tenant, batch);
    IntakeCounts again = store(tenant, batch);

    assertThat(first).isEqualTo(new IntakeCounts(100, 0, 0));
    assertThat(again).isEqualTo(new IntakeCounts(0, 0, 100));
    assertThat(listAll(tenant, kind, NO_CRITERIA, WHOLE)).containsExactlyElementsOf(batch);
  }

  @Test
  void storesFiveHundredMessagesWithAwkwardTextsExactly() {
    TenantId tenant = newTenant();
    List<TicketEvent> events = RecordSamples.awkwardMessages("tk-1", 500);

    IntakeCounts counts = store(tenant, events);

    assertThat(counts).isEqualTo(new IntakeCounts(500, 0, 0));
    assertThat(listAll(tenant, RecordKind.TICKET_EVENTS, NO_CRITERIA, WHOLE))
        .containsExactlyElementsOf(events);
    assertThat(store(tenant, events)).isEqualTo(new IntakeCounts(0, 0, 500));
  }

  @Test
  void updatesMessagesWithAwkwardTextsExactly() {
    TenantId tenant = newTenant();
    List<TicketEvent> events = RecordSamples.awkwardMessages("tk-1", 120);
    store(tenant, events);
    List<TicketEvent> changed = new ArrayList<>(events);
    for (int i = 0; i < changed.size(); i += 12) {
      TicketEvent event = changed.get(i);
      String text = "edited: " + RecordSamples.AWKWARD_TEXTS.get(i / 12);
      changed.set(
          i,
          new TicketEvent(
              event.externalId(),
              event.ticketId(),
              event.type(),
              event.occurredAt(),
              event.actorType(),
              event.actorId(),
              text,
              text,
              null,
              null,
              "edited\tstatus \\ 😀",
              null,
              null));
    }

    IntakeCounts counts = store(tenant, changed);

    assertThat(counts).isEqualTo(new IntakeCounts(0, 10, 110));
    assertThat(listAll(tenant, RecordKind.TICKET_EVENTS, NO_CRITERIA, WHOLE))
        .containsExactlyElementsOf(changed);
  }

  // Counts

  @Test
  void countsAResentBatchAsUnchanged() {
    TenantId tenant = newTenant();
    List<Team> teams = teams(1, 5);
    store(tenant, teams);

    IntakeCounts counts = store(tenant, teams);

    assertThat(counts).isEqualTo(new IntakeCounts(0, 0, 5));
  }

  @Test
  void countsAChangedRecordAsUpdatedAndLoadsTheChange() {
    TenantId tenant = newTenant();
    store(tenant, teams(1, 3));
    List<Team> changed = new ArrayList<>(teams(1, 3));
    changed.set(1, new Team("team-2", "Renamed", "agent-9"));

    IntakeCounts counts = store(tenant, changed);

    assertThat(counts).isEqualTo(new IntakeCounts(0, 1, 2));
    StepVerifier.create(records.load(tenant, RecordKind.TEAMS, "team-2", WHOLE))
        .expectNext(new Team("team-2", "Renamed", "agent-9"))
        .verifyComplete();
  }

  @Test
  void countsAFieldClearedToNullAsUpdated() {
    TenantId tenant = newTenant();
    store(tenant, List.of(RecordSamples.fullTicket("tk-1", "cust-1", "agent-1", T0)));
    Ticket cleared = RecordSamples.sparseTicket("tk-1", "cust-1", null, T0);

    IntakeCounts counts = store(tenant, List.of(cleared));

    assertThat(counts).isEqualTo(new IntakeCounts(0, 1, 0));
    StepVerifier.create(records.load(tenant, RecordKind.TICKETS, "tk-1", WHOLE))
        .expectNext(cleared)
        .verifyComplete();
  }

  @Test
  void countsCreatedUpdatedAndUnchangedInOneBatch() {
    TenantId tenant = newTenant();
    store(tenant, teams(1, 4));
    List<Team> batch = new ArrayList<>(teams(1, 6));
    batch.set(0, new Team("team-1", "Changed", null));
    batch.set(3, new Team("team-4", "Changed too", null));

    IntakeCounts counts = store(tenant, batch);

    assertThat(counts).isEqualTo(new IntakeCounts(2, 2, 2));
    assertThat(listAll(tenant, RecordKind.TEAMS, NO_CRITERIA, WHOLE))
        .containsExactlyElementsOf(batch);
  }

  @Test
  void countsTheSameContentGivenInAnotherOrderAsUnchanged() {
    TenantId tenant = newTenant();
    Map<String, Integer> skills = new LinkedHashMap<>();
    skills.put("refunds", 5);
    skills.put("billing", 3);
    Map<String, Integer> reordered = new LinkedHashMap<>();
    reordered.put("billing", 3);
    reordered.put("refunds", 5);
    store(tenant, List.of(agentWith(skills, Channel.CHAT, Channel.EMAIL)));

    IntakeCounts counts = store(tenant, List.of(agentWith(reordered, Channel.EMAIL, Channel.CHAT)));

    assertThat(counts).isEqualTo(new IntakeCounts(0, 0, 1));
  }

  @Test
  void countsAnEmptyBatchAsNothing() {
    TenantId tenant = newTenant();

    StepVerifier.create(records.store(tenant, RecordKind.TEAMS, List.of()))
        .expectNext(new IntakeCounts(0, 0, 0))
        .verifyComplete();
  }

  @Test
  void classifiesBatchesOfMoreIdsThanOneQueryTakes() {
    TenantId tenant = newTenant();
    store(tenant, teams(1, 2_100));
    List<Team> batch = new ArrayList<>(teams(1, 2_101));
    batch.set(2_050, new Team("team-2051", "Changed", null));

    IntakeCounts counts = store(tenant, batch);

    assertThat(counts).isEqualTo(new IntakeCounts(1, 1, 2_099));
  }

  // Tenants

  @Test
  void keepsTheSameExternalIdApartInTwoTenants() {
    TenantId first = newTenant();
    TenantId second = newTenant();
    store(first, List.of(new Team("team-1", "First's", null)));

    IntakeCounts counts = store(second, List.of(new Team("team-1", "Second's", null)));
    store(second, List.of(new Team("team-1", "Second's, renamed", null)));

    assertThat(counts).isEqualTo(new IntakeCounts(1, 0, 0));
    StepVerifier.create(records.load(first, RecordKind.TEAMS, "team-1", WHOLE))
        .expectNext(new Team("team-1", "First's", null))
        .verifyComplete();
    StepVerifier.create(records.load(second, RecordKind.TEAMS, "team-1", WHOLE))
        .expectNext(new Team("team-1", "Second's, renamed", null))
        .verifyComplete();
  }

  @Test
  void neverShowsOneTenantsRecordsToAnother() {
    TenantId owner = newTenant();
    TenantId stranger = newTenant();
    storeOrganisation(owner);

    for (RecordKind kind : RecordKind.values()) {
      List<String> ownerIds = ids(owner, kind, NO_CRITERIA, WHOLE);
      assertThat(ownerIds).as(kind.path()).isNotEmpty();
      assertThat(listAll(stranger, kind, NO_CRITERIA, WHOLE)).as(kind.path()).isEmpty();
      assertThat(records.existing(stranger, kind, ownerIds).block()).as(kind.path()).isEmpty();
      StepVerifier.create(records.load(stranger, kind, ownerIds.getFirst(), WHOLE))
          .verifyComplete();
    }
  }

  // Scopes

  @Test
  void showsAnAgentOnlyItsOwnRecordsAndEveryArticle() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);
    AccessScope agent = new AccessScope.OwnAgent("a-1");

    Map<RecordKind, List<String>> seen = idsOfEveryKind(tenant, NO_CRITERIA, agent);

    assertThat(seen)
        .containsEntry(RecordKind.TEAMS, List.of("team-1"))
        .containsEntry(RecordKind.AGENTS, List.of("a-1"))
        .containsEntry(RecordKind.CUSTOMERS, List.of("c-1"))
        .containsEntry(RecordKind.TICKETS, List.of("k-1"))
        .containsEntry(RecordKind.TICKET_EVENTS, List.of("e-1", "e-1b"))
        .containsEntry(RecordKind.ARTICLES, List.of("r-1", "r-2"))
        .containsEntry(RecordKind.CONTRIBUTIONS, List.of("n-1"));
  }

  @Test
  void loadsNothingOutsideAnAgentsScope() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);
    AccessScope agent = new AccessScope.OwnAgent("a-1");

    assertThat(loadable(tenant, agent, RecordKind.TEAMS, "team-1", "team-2"))
        .containsExactly("team-1");
    assertThat(loadable(tenant, agent, RecordKind.AGENTS, "a-1", "a-2", "a-3"))
        .containsExactly("a-1");
    assertThat(loadable(tenant, agent, RecordKind.CUSTOMERS, "c-1", "c-2", "c-4"))
        .containsExactly("c-1");
    assertThat(loadable(tenant, agent, RecordKind.TICKETS, "k-1", "k-2", "k-4"))
        .containsExactly("k-1");
    assertThat(loadable(tenant, agent, RecordKind.TICKET_EVENTS, "e-1", "e-2", "e-4"))
        .containsExactly("e-1");
    assertThat(loadable(tenant, agent, RecordKind.ARTICLES, "r-1", "r-2"))
        .containsExactly("r-1", "r-2");
    assertThat(loadable(tenant, agent, RecordKind.CONTRIBUTIONS, "n-1", "n-2"))
        .containsExactly("n-1");
  }

  @Test
  void showsATeamItsOwnRecordsAndEveryArticle() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);
    AccessScope team = new AccessScope.OwnTeam("team-1");

    Map<RecordKind, List<String>> seen = idsOfEveryKind(tenant, NO_CRITERIA, team);

    assertThat(seen)
        .containsEntry(RecordKind.TEAMS, List.of("team-1"))
        .containsEntry(RecordKind.AGENTS, List.of("a-1", "a-2"))
        .containsEntry(RecordKind.CUSTOMERS, List.of("c-1", "c-2"))
        .containsEntry(RecordKind.TICKETS, List.of("k-1", "k-2"))
        .containsEntry(RecordKind.TICKET_EVENTS, List.of("e-1", "e-2", "e-1b"))
        .containsEntry(RecordKind.ARTICLES, List.of("r-1", "r-2"))
        .containsEntry(RecordKind.CONTRIBUTIONS, List.of("n-1", "n-2"));
  }

  @Test
  void loadsNothingOutsideATeamsScope() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);
    AccessScope team = new AccessScope.OwnTeam("team-2");

    assertThat(loadable(tenant, team, RecordKind.TEAMS, "team-1", "team-2"))
        .containsExactly("team-2");
    assertThat(loadable(tenant, team, RecordKind.AGENTS, "a-1", "a-3", "a-4"))
        .containsExactly("a-3");
    assertThat(loadable(tenant, team, RecordKind.CUSTOMERS, "c-1", "c-3", "c-4"))
        .containsExactly("c-3");
    assertThat(loadable(tenant, team, RecordKind.TICKETS, "k-1", "k-3", "k-4"))
        .containsExactly("k-3");
    assertThat(loadable(tenant, team, RecordKind.TICKET_EVENTS, "e-1", "e-3", "e-4"))
        .containsExactly("e-3");
    assertThat(loadable(tenant, team, RecordKind.CONTRIBUTIONS, "n-1", "n-3"))
        .containsExactly("n-3");
  }

  @Test
  void showsTheWholeTenantEverything() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);

    Map<RecordKind, List<String>> seen = idsOfEveryKind(tenant, NO_CRITERIA, WHOLE);

    assertThat(seen).isEqualTo(organisationIds());
  }

  @Test
  void showsAnUnassignedAgentNoTeam() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);

    List<String> teams =
        ids(tenant, RecordKind.TEAMS, NO_CRITERIA, new AccessScope.OwnAgent("a-4"));

    assertThat(teams).isEmpty();
  }

  // Filters

  @Test
  void filtersByTeam() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);
    RecordCriteria team = new RecordCriteria("team-2", null, null, null, null, null, null);

    Map<RecordKind, List<String>> seen = idsOfEveryKind(tenant, team, WHOLE);

    assertThat(seen)
        .containsEntry(RecordKind.AGENTS, List.of("a-3"))
        .containsEntry(RecordKind.CUSTOMERS, List.of("c-3"))
        .containsEntry(RecordKind.TICKETS, List.of("k-3"))
        .containsEntry(RecordKind.TICKET_EVENTS, List.of("e-3"))
        .containsEntry(RecordKind.CONTRIBUTIONS, List.of("n-3"));
  }

  @Test
  void filtersByAgent() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);
    RecordCriteria agent = new RecordCriteria(null, "a-2", null, null, null, null, null);

    Map<RecordKind, List<String>> seen = idsOfEveryKind(tenant, agent, WHOLE);

    assertThat(seen)
        .containsEntry(RecordKind.CUSTOMERS, List.of("c-2"))
        .containsEntry(RecordKind.TICKETS, List.of("k-2"))
        .containsEntry(RecordKind.TICKET_EVENTS, List.of("e-2"))
        .containsEntry(RecordKind.ARTICLES, List.of())
        .containsEntry(RecordKind.CONTRIBUTIONS, List.of("n-2"));
    assertThat(ids(tenant, RecordKind.ARTICLES, criteria(null, "a-3"), WHOLE))
        .containsExactly("r-2");
  }

  @Test
  void filtersTicketsByCustomerAndEventsByTicket() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);

    List<String> tickets =
        ids(
            tenant,
            RecordKind.TICKETS,
            new RecordCriteria(null, null, "c-4", null, null, null, null),
            WHOLE);
    List<String> events =
        ids(
            tenant,
            RecordKind.TICKET_EVENTS,
            new RecordCriteria(null, null, null, "k-1", null, null, null),
            WHOLE);

    assertThat(tickets).containsExactly("k-4");
    assertThat(events).containsExactly("e-1", "e-1b");
  }

  @Test
  void filtersEventsByType() {
    TenantId tenant = newTenant();
    TicketEvent linked =
        new TicketEvent(
            "x-3",
            "k-1",
            EventType.KNOWLEDGE_LINKED,
            hour(3),
            ActorType.AGENT,
            "a-1",
            null,
            null,
            "r-1",
            null,
            null,
            null,
            null);
    store(
        tenant,
        List.of(
            RecordSamples.sparseEvent("x-1", "k-1", hour(1)),
            RecordSamples.fullEvent("x-2", "k-1", hour(2)),
            linked));

    List<String> events =
        ids(
            tenant,
            RecordKind.TICKET_EVENTS,
            new RecordCriteria(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of(EventType.KNOWLEDGE_LINKED, EventType.MESSAGE)),
            WHOLE);

    assertThat(events).containsExactly("x-2", "x-3");
  }

  @Test
  void filtersByOwnTimeFromInclusiveToExclusive() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);
    RecordCriteria window = new RecordCriteria(null, null, null, null, hour(2), hour(4), null);

    Map<RecordKind, List<String>> seen = idsOfEveryKind(tenant, window, WHOLE);

    assertThat(seen)
        .containsEntry(RecordKind.TICKETS, List.of("k-2", "k-3"))
        .containsEntry(RecordKind.TICKET_EVENTS, List.of("e-2", "e-3"))
        .containsEntry(RecordKind.ARTICLES, List.of("r-2"))
        .containsEntry(RecordKind.CONTRIBUTIONS, List.of("n-2", "n-3"));
  }

  @Test
  void filtersByUpdatedSince() {
    TenantId tenant = newTenant();
    store(tenant, teams(1, 4));
    Instant changedAt = FIRST_STORE.plus(Duration.ofHours(1));
    clock.set(changedAt);
    store(tenant, List.of(new Team("team-3", "Changed", null)));
    Instant resentAt = FIRST_STORE.plus(Duration.ofHours(2));
    clock.set(resentAt);
    store(tenant, teams(1, 4));

    List<String> sinceFirst = ids(tenant, RecordKind.TEAMS, updatedSince(FIRST_STORE), WHOLE);
    List<String> sinceChange = ids(tenant, RecordKind.TEAMS, updatedSince(changedAt), WHOLE);
    List<String> sinceResend = ids(tenant, RecordKind.TEAMS, updatedSince(resentAt), WHOLE);

    assertThat(sinceFirst).containsExactly("team-1", "team-2", "team-3", "team-4");
    assertThat(sinceChange).containsExactly("team-3");
    assertThat(sinceResend).containsExactly("team-3");
  }

  @Test
  void narrowsAScopeByAFilterButNeverWidensIt() {
    TenantId tenant = newTenant();
    storeOrganisation(tenant);
    AccessScope team = new AccessScope.OwnTeam("team-1");

    List<String> otherTeam = ids(tenant, RecordKind.TICKETS, criteria("team-2", null), team);
    List<String> ownAgent = ids(tenant, RecordKind.TICKETS, criteria(null, "a-2"), team);

    assertThat(otherTeam).isEmpty();
    assertThat(ownAgent).containsExactly("k-2");
  }

  // Pages

  @Test
  void pagesByPositionInStorageOrder() {
    TenantId tenant = newTenant();
    store(tenant, teams(1, 10));
    store(tenant, teams(11, 25));

    List<String> seen = new ArrayList<>();
    List<Long> positions = new ArrayList<>();
    long after = 0;
    RecordSlice slice;
    do {
      slice = records.list(tenant, RecordKind.TEAMS, NO_CRITERIA, WHOLE, after, 10).block();
      slice.records().forEach(record -> seen.add(record.externalId()));
      positions.add(slice.lastPosition());
      after = slice.lastPosition();
    } while (!slice.records().isEmpty());

    assertThat(seen)
        .containsExactlyElementsOf(teams(1, 25).stream().map(Team::externalId).toList());
    assertThat(positions).hasSize(4).isSorted();
    assertThat(positions.get(3)).isEqualTo(positions.get(2));
  }

  @Test
  void keepsTheStoragePositionOfAChangedRecord() {
    TenantId tenant = newTenant();
    store(tenant, teams(1, 3));

    store(tenant, List.of(new Team("team-1", "Changed", null)));

    assertThat(ids(tenant, RecordKind.TEAMS, NO_CRITERIA, WHOLE))
        .containsExactly("team-1", "team-2", "team-3");
  }

  @Test
  void answersThePositionAskedForWhenNothingFollows() {
    TenantId tenant = newTenant();

    StepVerifier.create(records.list(tenant, RecordKind.TEAMS, NO_CRITERIA, WHOLE, 4_242, 10))
        .expectNext(new RecordSlice(List.of(), 4_242))
        .verifyComplete();
  }

  @Test
  void pagesWithinAScopeAndFilter() {
    TenantId tenant = newTenant();
    List<Agent> agents = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      agents.add(RecordSamples.sparseAgent("agent-" + i, i % 3 == 0 ? "team-a" : "team-b"));
    }
    store(tenant, agents);
    AccessScope team = new AccessScope.OwnTeam("team-a");

    RecordSlice first = records.list(tenant, RecordKind.AGENTS, NO_CRITERIA, team, 0, 4).block();
    RecordSlice second =
        records.list(tenant, RecordKind.AGENTS, NO_CRITERIA, team, first.lastPosition(), 4).block();
    RecordSlice third =
        records
            .list(tenant, RecordKind.AGENTS, NO_CRITERIA, team, second.lastPosition(), 4)
            .block();

    assertThat(first.records())
        .extracting(IntakeRecord::externalId)
        .containsExactly("agent-3", "agent-6", "agent-9", "agent-12");
    assertThat(second.records())
        .extracting(IntakeRecord::externalId)
        .containsExactly("agent-15", "agent-18", "agent-21", "agent-24");
    assertThat(third.records())
        .extracting(IntakeRecord::externalId)
        .containsExactly("agent-27", "agent-30");
  }

  // Existing ids

  @Test
  void tellsWhichIdsOfAKindExist() {
    TenantId tenant = newTenant();
    store(tenant, teams(1, 3));
    store(tenant, List.of(RecordSamples.sparseAgent("team-9", null)));

    StepVerifier.create(
            records.existing(tenant, RecordKind.TEAMS, List.of("team-1", "team-3", "team-9", "x")))
        .expectNext(Set.of("team-1", "team-3"))
        .verifyComplete();
  }

  @Test
  void tellsNoIdsExistForAnEmptyQuestion() {
    TenantId tenant = newTenant();
    store(tenant, teams(1, 3));

    StepVerifier.create(records.existing(tenant, RecordKind.TEAMS, List.of()))
        .expectNext(Set.of())
        .verifyComplete();
  }

  @Test
  void tellsWhichOfMoreIdsThanOneQueryTakesExist() {
    TenantId tenant = newTenant();
    store(tenant, List.of(new Team("id-5", "a", null), new Team("id-2400", "b", null)));
    List<String> asked = IntStream.range(0, 2_500).mapToObj(i -> "id-" + i).toList();

    StepVerifier.create(records.existing(tenant, RecordKind.TEAMS, asked))
        .expectNext(Set.of("id-5", "id-2400"))
        .verifyComplete();
  }

  // All or nothing

  @Test
  void writesNothingWhenAnUpdateFailsAfterTheInserts() {
    TenantId tenant = newTenant();
    Agent original = RecordSamples.sparseAgent("agent-0", null);
    store(tenant, List.of(original));
    List<IntakeRecord> batch = new ArrayList<>();
    batch.add(poisonedAgent("agent-0"));
    for (int i = 1; i <= 80; i++) {
      batch.add(RecordSamples.sparseAgent("agent-" + i, null));
    }

    StepVerifier.create(records.store(tenant, RecordKind.AGENTS, batch))
        .verifyError(StorageException.class);

    assertThat(listAll(tenant, RecordKind.AGENTS, NO_CRITERIA, WHOLE)).containsExactly(original);
  }

  @Test
  void writesNothingWhenALaterInsertFails() {
    TenantId tenant = newTenant();
    List<IntakeRecord> batch = new ArrayList<>();
    for (int i = 1; i <= 600; i++) {
      batch.add(
          i == 550 ? poisonedAgent("agent-" + i) : RecordSamples.sparseAgent("agent-" + i, null));
    }

    StepVerifier.create(records.store(tenant, RecordKind.AGENTS, batch))
        .verifyError(StorageException.class);

    assertThat(listAll(tenant, RecordKind.AGENTS, NO_CRITERIA, WHOLE)).isEmpty();
  }

  // Concurrency

  @Test
  void storesTheSameNewIdsFromTwoConcurrentBatches() {
    TenantId tenant = newTenant();
    for (int round = 0; round < 5; round++) {
      List<Team> batch = teams(round * 100 + 1, round * 100 + 100);

      Tuple2<IntakeCounts, IntakeCounts> both = storeConcurrently(tenant, batch, batch);

      IntakeCounts a = both.getT1();
      IntakeCounts b = both.getT2();
      assertThat(a.total()).isEqualTo(100);
      assertThat(b.total()).isEqualTo(100);
      assertThat(a.created() + b.created()).isEqualTo(100);
      assertThat(a.unchanged() + b.unchanged()).isEqualTo(100);
      assertThat(a.updated() + b.updated()).isZero();
    }
    assertThat(listAll(tenant, RecordKind.TEAMS, NO_CRITERIA, WHOLE)).hasSize(500);
  }

  @Test
  void keepsTheLaterOfTwoConcurrentBatchesOfDifferentContent() {
    TenantId tenant = newTenant();
    List<Team> mine = teams(1, 100);
    List<Team> theirs =
        mine.stream().map(team -> new Team(team.externalId(), "Theirs", null)).toList();

    Tuple2<IntakeCounts, IntakeCounts> both = storeConcurrently(tenant, mine, theirs);

    boolean mineFirst = both.getT1().created() == 100;
    IntakeCounts later = mineFirst ? both.getT2() : both.getT1();
    assertThat(mineFirst ? both.getT1() : both.getT2()).isEqualTo(new IntakeCounts(100, 0, 0));
    assertThat(later).isEqualTo(new IntakeCounts(0, 100, 0));
    assertThat(listAll(tenant, RecordKind.TEAMS, NO_CRITERIA, WHOLE))
        .containsExactlyElementsOf(mineFirst ? theirs : mine);
  }

  // Helpers

  private TenantId newTenant() {
    ApiKeyToken admin = ApiKeyToken.generate(RANDOM);
    return database
        .tenants()
        .createWithAdminKey(
            "tenant-" + TENANTS.incrementAndGet(), FIRST_STORE, admin.keyId(), admin.hash())
        .map(Tenant::id)
        .blockOptional()
        .orElseThrow();
  }

  private IntakeCounts store(TenantId tenant, List<? extends IntakeRecord> batch) {
    return records.store(tenant, batch.getFirst().kind(), List.copyOf(batch)).block();
  }

  private Tuple2<IntakeCounts, IntakeCounts> storeConcurrently(
      TenantId tenant, List<? extends IntakeRecord> first, List<? extends IntakeRecord> second) {
    Mono<IntakeCounts> one =
        records
            .store(tenant, first.getFirst().kind(), List.copyOf(first))
            .subscribeOn(Schedulers.boundedElastic());
    Mono<IntakeCounts> two =
        records
            .store(tenant, second.getFirst().kind(), List.copyOf(second))
            .subscribeOn(Schedulers.boundedElastic());
    return Mono.zip(one, two).block(Duration.ofSeconds(30));
  }

  private List<IntakeRecord> listAll(
      TenantId tenant, RecordKind kind, RecordCriteria criteria, AccessScope scope) {
    return records.list(tenant, kind, criteria, scope, 0, 1_000).block().records();
  }

  private List<String> ids(
      TenantId tenant, RecordKind kind, RecordCriteria criteria, AccessScope scope) {
    return listAll(tenant, kind, criteria, scope).stream().map(IntakeRecord::externalId).toList();
  }

  private Map<RecordKind, List<String>> idsOfEveryKind(
      TenantId tenant, RecordCriteria criteria, AccessScope scope) {
    Map<RecordKind, List<String>> seen = new HashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      seen.put(kind, ids(tenant, kind, criteria, scope));
    }
    return seen;
  }

  private List<String> loadable(
      TenantId tenant, AccessScope scope, RecordKind kind, String... externalIds) {
    List<String> found = new ArrayList<>();
    for (String externalId : externalIds) {
      records
          .load(tenant, kind, externalId, scope)
          .blockOptional()
          .ifPresent(record -> found.add(record.externalId()));
    }
    return found;
  }

  private static RecordCriteria criteria(String teamId, String agentId) {
    return new RecordCriteria(teamId, agentId, null, null, null, null, null);
  }

  private static RecordCriteria updatedSince(Instant instant) {
    return new RecordCriteria(null, null, null, null, null, null, instant);
  }

  /** An agent whose skills and channels are handed over in the order given. */
  private static Agent agentWith(Map<String, Integer> skills, Channel... channels) {
    return new Agent(
        "agent-1", "Li", null, 2, skills, new LinkedHashSet<>(List.of(channels)), true, null);
  }

  private static List<Team> teams(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> new Team("team-" + i, "Team " + i, null))
        .toList();
  }

  /**
   * An agent the domain accepts but the database refuses, through a check constraint this test
   * class adds: storing it fails inside the transaction, after the rows before it were written.
   */
  private static Agent poisonedAgent(String id) {
    return new Agent(id, POISONED_NAME, null, 2, Map.of(), Set.of(Channel.CHAT), true, null);
  }

  /** Whole hours after midnight of a day, so that filter bounds fall on stored microseconds. */
  private static Instant hour(int hours) {
    return Instant.parse("2025-03-04T00:00:00Z").plus(Duration.ofHours(hours));
  }

  /**
   * Two teams, four agents (one without a team), their customers, tickets (one unassigned), events,
   * articles and contributions: enough to tell every scope and filter apart. Kinds in the order
   * they are stored, records of a kind in storage order.
   */
  private static final List<IntakeRecord> ORGANISATION =
      List.of(
          new Team("team-1", "One", "a-1"),
          new Team("team-2", "Two", "a-3"),
          RecordSamples.sparseAgent("a-1", "team-1"),
          RecordSamples.sparseAgent("a-2", "team-1"),
          RecordSamples.sparseAgent("a-3", "team-2"),
          RecordSamples.sparseAgent("a-4", null),
          RecordSamples.sparseCustomer("c-1", "a-1"),
          RecordSamples.sparseCustomer("c-2", "a-2"),
          RecordSamples.sparseCustomer("c-3", "a-3"),
          RecordSamples.sparseCustomer("c-4", null),
          RecordSamples.sparseTicket("k-1", "c-1", "a-1", hour(1)),
          RecordSamples.sparseTicket("k-2", "c-2", "a-2", hour(2)),
          RecordSamples.sparseTicket("k-3", "c-3", "a-3", hour(3)),
          RecordSamples.sparseTicket("k-4", "c-4", null, hour(4)),
          RecordSamples.sparseEvent("e-1", "k-1", hour(1)),
          RecordSamples.sparseEvent("e-2", "k-2", hour(2)),
          RecordSamples.sparseEvent("e-3", "k-3", hour(3)),
          RecordSamples.sparseEvent("e-4", "k-4", hour(4)),
          RecordSamples.sparseEvent("e-1b", "k-1", hour(5)),
          RecordSamples.sparseArticle("r-1", "a-1", hour(1)),
          RecordSamples.sparseArticle("r-2", "a-3", hour(2)),
          RecordSamples.suggestion("n-1", "a-1", hour(1)),
          RecordSamples.collaboration("n-2", "a-2", hour(2)),
          RecordSamples.training("n-3", "a-3", hour(3)));

  private void storeOrganisation(TenantId tenant) {
    for (RecordKind kind : RecordKind.values()) {
      store(tenant, ORGANISATION.stream().filter(record -> record.kind() == kind).toList());
    }
  }

  private static Map<RecordKind, List<String>> organisationIds() {
    Map<RecordKind, List<String>> ids = new HashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      ids.put(
          kind,
          ORGANISATION.stream()
              .filter(record -> record.kind() == kind)
              .map(IntakeRecord::externalId)
              .toList());
    }
    return ids;
  }
}
