package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.T0;
import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static dev.heng.application.service.SampleRecords.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.ListOutcome;
import dev.heng.application.port.in.ListRecordsQuery;
import dev.heng.application.port.in.RecordFilter;
import dev.heng.application.port.in.RecordPage;
import dev.heng.application.port.out.RecordCriteria;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

class ListRecordsServiceTest {

  private final InMemoryStoreRecordsPort store = new InMemoryStoreRecordsPort();
  private final InMemoryLoadRecordsPort load = new InMemoryLoadRecordsPort(store);
  private final ListRecordsService service = new ListRecordsService(load);

  /** A filter restricting only the named parameter. */
  private static RecordFilter only(String parameter) {
    return switch (parameter) {
      case "team" -> new RecordFilter("team-1", null, null, null, null, null, null);
      case "agent" -> new RecordFilter(null, "agent-1", null, null, null, null, null);
      case "customer" -> new RecordFilter(null, null, "cust-1", null, null, null, null);
      case "ticket" -> new RecordFilter(null, null, null, "tk-1", null, null, null);
      case "from" -> new RecordFilter(null, null, null, null, T0, null, null);
      case "to" -> new RecordFilter(null, null, null, null, null, T0, null);
      case "updatedSince" -> new RecordFilter(null, null, null, null, null, null, T0);
      default -> throw new IllegalArgumentException("no such filter parameter: " + parameter);
    };
  }

  private static ListRecordsQuery query(RecordKind kind, RecordFilter filter, String cursor) {
    return new ListRecordsQuery(caller(Role.QA_REVIEWER), kind, filter, cursor, 10);
  }

  private static String cursorOf(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }

  static Stream<Arguments> misfittingFilters() {
    return Stream.of(
        Arguments.of(RecordKind.TEAMS, "team"),
        Arguments.of(RecordKind.TEAMS, "from"),
        Arguments.of(RecordKind.AGENTS, "agent"),
        Arguments.of(RecordKind.AGENTS, "to"),
        Arguments.of(RecordKind.CUSTOMERS, "customer"),
        Arguments.of(RecordKind.CUSTOMERS, "from"),
        Arguments.of(RecordKind.TICKETS, "ticket"),
        Arguments.of(RecordKind.TICKET_EVENTS, "customer"),
        Arguments.of(RecordKind.ARTICLES, "team"),
        Arguments.of(RecordKind.ARTICLES, "ticket"),
        Arguments.of(RecordKind.CONTRIBUTIONS, "customer"),
        Arguments.of(RecordKind.CONTRIBUTIONS, "ticket"));
  }

  static Stream<Arguments> fittingFilters() {
    return Stream.of(
        Arguments.of(RecordKind.AGENTS, "team"),
        Arguments.of(RecordKind.CUSTOMERS, "team"),
        Arguments.of(RecordKind.CUSTOMERS, "agent"),
        Arguments.of(RecordKind.TICKETS, "customer"),
        Arguments.of(RecordKind.TICKETS, "from"),
        Arguments.of(RecordKind.TICKET_EVENTS, "ticket"),
        Arguments.of(RecordKind.TICKET_EVENTS, "to"),
        Arguments.of(RecordKind.ARTICLES, "agent"),
        Arguments.of(RecordKind.CONTRIBUTIONS, "team"));
  }

  @ParameterizedTest
  @MethodSource("misfittingFilters")
  void refusesFilterThatDoesNotApplyToTheKind(RecordKind kind, String parameter) {
    ListRecordsQuery query = query(kind, only(parameter), null);

    StepVerifier.create(service.list(query))
        .assertNext(
            outcome ->
                assertThat(outcome)
                    .isInstanceOfSatisfying(
                        ListOutcome.Invalid.class,
                        invalid -> {
                          assertThat(invalid.parameter()).isEqualTo(parameter);
                          assertThat(invalid.reason()).contains(kind.path());
                        }))
        .verifyComplete();

    assertThat(load.calls()).isZero();
  }

  @ParameterizedTest
  @MethodSource("fittingFilters")
  void passesFilterThatAppliesToTheKind(RecordKind kind, String parameter) {
    ListRecordsQuery query = query(kind, only(parameter), null);

    StepVerifier.create(service.list(query))
        .assertNext(outcome -> assertThat(outcome).isInstanceOf(ListOutcome.Listed.class))
        .verifyComplete();
  }

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void takesUpdatedSinceForEveryKind(RecordKind kind) {
    ListRecordsQuery query = query(kind, only("updatedSince"), null);

    StepVerifier.create(service.list(query))
        .assertNext(outcome -> assertThat(outcome).isInstanceOf(ListOutcome.Listed.class))
        .verifyComplete();

    assertThat(load.lastCriteria().updatedSince()).isEqualTo(T0);
  }

  @Test
  void passesEveryFilterFieldAndTheCallersScopeToThePort() {
    RecordFilter filter =
        new RecordFilter("team-1", "agent-1", null, "tk-1", T0, T0.plusSeconds(1), T0);
    Caller teamLead = caller(Role.TEAM_LEAD);

    service.list(new ListRecordsQuery(teamLead, RecordKind.TICKET_EVENTS, filter, null, 5)).block();

    assertThat(load.lastCriteria())
        .isEqualTo(
            new RecordCriteria("team-1", "agent-1", null, "tk-1", T0, T0.plusSeconds(1), T0));
    assertThat(load.lastScope()).isEqualTo(new AccessScope.OwnTeam("team-1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not base64!", "cDE6", "eDE6MTA", "cDE6dGVu", "cDE6LTU", "cDE6MS41"})
  void refusesCursorItDidNotIssue(String cursor) {
    ListRecordsQuery query = query(RecordKind.TEAMS, RecordFilter.NONE, cursor);

    StepVerifier.create(service.list(query))
        .assertNext(
            outcome ->
                assertThat(outcome)
                    .isInstanceOfSatisfying(
                        ListOutcome.Invalid.class,
                        invalid -> assertThat(invalid.parameter()).isEqualTo("cursor")))
        .verifyComplete();

    assertThat(load.calls()).isZero();
  }

  @Test
  void encodesPositionsInTheCursorsItIssues() {
    assertThat(cursorOf("p1:10")).isEqualTo(ListRecordsService.encodeCursor(10));
    assertThat(ListRecordsService.decodeCursor(ListRecordsService.encodeCursor(42))).isEqualTo(42);
  }

  @Test
  void walksEveryRecordPageByPage() {
    List<IntakeRecord> teams = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      teams.add(team("team-" + i));
    }
    store.put(TENANT, teams.toArray(IntakeRecord[]::new));

    List<IntakeRecord> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String cursor = null;
    do {
      RecordPage page = listPage(cursor);
      seen.addAll(page.items());
      pageSizes.add(page.items().size());
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(teams);
    assertThat(pageSizes).containsExactly(10, 10, 5);
  }

  @Test
  void endsWithAnEmptyPageWhenTheLastFullPageHadEveryRecord() {
    for (int i = 1; i <= 10; i++) {
      store.put(TENANT, team("team-" + i));
    }

    RecordPage first = listPage(null);
    RecordPage second = listPage(first.nextCursor());

    assertThat(first.items()).hasSize(10);
    assertThat(first.nextCursor()).isNotNull();
    assertThat(second.items()).isEmpty();
    assertThat(second.nextCursor()).isNull();
  }

  @Test
  void keepsPagesStableWhileRecordsArrive() {
    for (int i = 1; i <= 12; i++) {
      store.put(TENANT, team("team-" + i));
    }
    RecordPage first = listPage(null);

    store.put(TENANT, team("team-13"));
    RecordPage second = listPage(first.nextCursor());

    assertThat(second.items()).containsExactly(team("team-11"), team("team-12"), team("team-13"));
    assertThat(second.nextCursor()).isNull();
  }

  @Test
  void answersNoCursorForAShortFirstPage() {
    store.put(TENANT, team("team-1"));

    RecordPage page = listPage(null);

    assertThat(page.items()).containsExactly(team("team-1"));
    assertThat(page.nextCursor()).isNull();
  }

  private RecordPage listPage(String cursor) {
    ListOutcome outcome = service.list(query(RecordKind.TEAMS, RecordFilter.NONE, cursor)).block();
    assertThat(outcome).isInstanceOf(ListOutcome.Listed.class);
    return ((ListOutcome.Listed) outcome).page();
  }
}
