package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.AttainmentCatchUp;
import dev.heng.application.port.in.AttainmentRun;
import dev.heng.application.port.in.AttainmentRunOutcome;
import dev.heng.application.port.in.CatchUpAttainmentCommand;
import dev.heng.application.port.in.ComputeAttainmentCommand;
import dev.heng.application.port.in.FindAttainmentQuery;
import dev.heng.application.port.in.RunAttainmentCommand;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.access.Role;
import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertChange;
import dev.heng.domain.alert.AlertEvent;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.attainment.AttainmentHour;
import dev.heng.domain.attainment.HourlyMetric;
import dev.heng.domain.attainment.HourlyTicket;
import dev.heng.domain.attainment.SubjectType;
import dev.heng.domain.record.Agent;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Team;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class AttainmentServicesTest {

  /** A Monday, 09:00 UTC: the hour checked in these tests. */
  private static final Instant HOUR = Instant.parse("2026-11-23T09:00:00Z");

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:30:00Z"), ZoneOffset.UTC);

  /** The lookback of the catch-up pass, as the service is configured by default. */
  private static final Duration LOOKBACK = Duration.ofHours(6);

  private final InMemoryAttainmentPorts attainment = new InMemoryAttainmentPorts();
  private final InMemoryAlertSettingsStorePort settings = new InMemoryAlertSettingsStorePort();
  private final InMemoryAlertStorePort alerts = new InMemoryAlertStorePort();
  private final InMemoryAlertEvents events = new InMemoryAlertEvents();
  private final ComputeAttainmentService compute = serviceAt(CLOCK);

  @Test
  void storesTheHoursOfTheRangeAndGivesTheSameRowsWhenRunAgain() {
    usualWeeks(3);
    Instant from = HOUR.minus(Duration.ofDays(21));

    AttainmentRun first = compute.compute(new ComputeAttainmentCommand(TENANT, from, HOUR)).block();
    List<AttainmentHour> afterFirst = attainment.stored(TENANT);
    AttainmentRun again = compute.compute(new ComputeAttainmentCommand(TENANT, from, HOUR)).block();

    assertThat(first.hours()).isEqualTo(6);
    assertThat(again.hours()).isEqualTo(6);
    assertThat(attainment.stored(TENANT)).containsExactlyInAnyOrderElementsOf(afterFirst);
    assertThat(again.hoursChecked()).isZero();
  }

  @Test
  void raisesAnAnomalyWhenTheHourDeviatesFromTheSameHourOfEarlierWeeks() {
    usualWeeks(3);
    slowHour(HOUR, "slow");

    AttainmentRun run = computeThroughTheHour();

    assertThat(run.raised()).isEqualTo(2);
    Alert agentAlert = raised(SubjectType.AGENT);
    assertThat(agentAlert.kind()).isEqualTo(AlertKind.ANOMALY);
    assertThat(agentAlert.agentId()).isEqualTo("agent-1");
    assertThat(agentAlert.teamId()).isEqualTo("team-1");
    assertThat(agentAlert.anomaly().metric()).isEqualTo(HourlyMetric.FIRST_RESPONSE);
    assertThat(agentAlert.anomaly().hourStart()).isEqualTo(HOUR);
    assertThat(agentAlert.value()).isEqualTo(30);
    assertThat(agentAlert.anomaly().baseline()).isEqualTo(10);
    assertThat(agentAlert.anomaly().tickets())
        .containsExactly("slow-0", "slow-1", "slow-2", "slow-3");
    assertThat(raised(SubjectType.TEAM).teamId()).isEqualTo("team-1");
    assertThat(events.published()).hasSize(2);
    assertThat(alerts.queued()).hasSize(2);
  }

  @Test
  void checksTheHoursOnceMoreWhenTheAlertWriteFails() {
    usualWeeks(3);
    slowHour(HOUR, "slow");
    alerts.failNextApply();

    AttainmentRun run = computeThroughTheHour();

    assertThat(run.raised()).isEqualTo(2);
    assertThat(alerts.queued()).hasSize(2);
  }

  @Test
  void raisesNothingWhenTheHourIsLikeEarlierWeeks() {
    usualWeeks(3);
    usualHour(HOUR, "now");

    AttainmentRun run = computeThroughTheHour();

    assertThat(run.hoursChecked()).isEqualTo(1);
    assertThat(run.raised()).isZero();
  }

  @Test
  void raisesNoRepeatOnARunAgainAndResolvesWhenTheNextWeekIsBackToNormal() {
    usualWeeks(3);
    slowHour(HOUR, "slow");
    Instant end = HOUR.plus(Duration.ofHours(1));
    computeThroughTheHour();

    AttainmentRun again = computeThroughTheHour();
    Instant nextWeek = HOUR.plus(Duration.ofDays(7));
    answeredHour(nextWeek, "next", 14);
    Clock later = Clock.fixed(nextWeek.plus(Duration.ofHours(2)), ZoneOffset.UTC);
    AttainmentRun recovered =
        serviceAt(later)
            .compute(new ComputeAttainmentCommand(TENANT, end, nextWeek.plus(Duration.ofHours(1))))
            .block();

    assertThat(again.raised()).isZero();
    assertThat(recovered.resolved()).isEqualTo(2);
    assertThat(events.published())
        .extracting(AlertEvent::change)
        .containsExactly(
            AlertChange.RAISED, AlertChange.RAISED, AlertChange.RESOLVED, AlertChange.RESOLVED);
    assertThat(events.published().getLast().alert().resolution()).isEqualTo("back_within_band");
  }

  @Test
  void raisesNothingForAQuietHourBelowTheTenantsMinimumVolume() {
    settings
        .save(TENANT, CapacitySettings.DEFAULTS, new AnomalySettings(0.2, 4, 5, 10), HOUR)
        .block();
    usualWeeks(3);
    slowHour(HOUR, "slow");

    AttainmentRun run = computeThroughTheHour();

    assertThat(run.hoursChecked()).isEqualTo(1);
    assertThat(run.raised()).isZero();
  }

  @Test
  void storesABackfillOnATenantsFirstRunWithoutJudgingHoursBeforeTheLookback() {
    usualWeeks(3);
    slowHour(HOUR, "slow");
    Instant now = HOUR.plus(Duration.ofDays(2));

    AttainmentRun run =
        serviceAt(Clock.fixed(now, ZoneOffset.UTC))
            .compute(new ComputeAttainmentCommand(TENANT, HOUR.minus(Duration.ofDays(21)), now))
            .block();

    assertThat(run.hours()).isEqualTo(8);
    assertThat(run.hoursChecked()).isZero();
    assertThat(run.raised()).isZero();
    assertThat(events.published()).isEmpty();
  }

  @Test
  void judgesTheWholeHourALookbackOfPartHoursStartsInOnATenantsFirstRun() {
    usualWeeks(3);
    slowHour(HOUR, "slow");
    // The current hour is 12:00, so the lookback starts at 09:30, within the slow hour.
    ComputeAttainmentService halfHours = service(CLOCK, Duration.ofMinutes(150));

    AttainmentRun run =
        halfHours
            .compute(new ComputeAttainmentCommand(TENANT, HOUR.minus(Duration.ofDays(21)), HOUR))
            .then(
                halfHours.compute(
                    new ComputeAttainmentCommand(TENANT, HOUR, HOUR.plus(Duration.ofHours(1)))))
            .block();

    assertThat(run.hoursChecked()).isEqualTo(1);
    assertThat(run.raised()).isEqualTo(2);
  }

  @Test
  void judgesNothingInARangeThatStartsAfterTheMarkAndLeavesTheMark() {
    usualWeeks(3);
    compute
        .compute(new ComputeAttainmentCommand(TENANT, HOUR.minus(Duration.ofDays(21)), HOUR))
        .block();
    slowHour(HOUR.plus(Duration.ofHours(1)), "slow");

    AttainmentRun later =
        compute
            .compute(
                new ComputeAttainmentCommand(
                    TENANT, HOUR.plus(Duration.ofHours(1)), HOUR.plus(Duration.ofHours(2))))
            .block();

    assertThat(later.hours()).isEqualTo(2);
    assertThat(later.hoursChecked()).isZero();
    assertThat(attainment.anomaliesCheckedThrough(TENANT).block()).isEqualTo(HOUR);
  }

  @Test
  void catchesUpFromTheMarkAfterAnOutageLongerThanTheLookback() {
    usualWeeks(3);
    Clock beforeOutage = Clock.fixed(HOUR.plusSeconds(1800), ZoneOffset.UTC);
    serviceAt(beforeOutage)
        .compute(new ComputeAttainmentCommand(TENANT, HOUR.minus(Duration.ofDays(21)), HOUR))
        .block();
    slowHour(HOUR, "slow");
    Clock afterOutage = Clock.fixed(HOUR.plus(Duration.ofDays(2)), ZoneOffset.UTC);
    InMemoryTenantStorePort tenants = tenants(1);
    CatchUpAttainmentService catchUp =
        new CatchUpAttainmentService(tenants, attainment, serviceAt(afterOutage), afterOutage);

    AttainmentCatchUp pass = catchUp.catchUp(new CatchUpAttainmentCommand(LOOKBACK)).block();

    assertThat(pass.raised()).isEqualTo(2);
    assertThat(pass.failedTenants()).isEmpty();
    assertThat(attainment.anomaliesCheckedThrough(TENANT).block())
        .isEqualTo(HOUR.plus(Duration.ofDays(2)));
  }

  @Test
  void catchesUpALongOutageADayAtATimeAndKeepsTheDaysBeforeAFailure() {
    InMemoryTenantStorePort tenants = tenants(1);
    Instant mark = HOUR.minus(Duration.ofDays(3));
    attainment.markAnomaliesChecked(TENANT, mark).block();
    List<ComputeAttainmentCommand> asked = new ArrayList<>();
    CatchUpAttainmentService catchUp =
        new CatchUpAttainmentService(
            tenants,
            attainment,
            command -> {
              asked.add(command);
              return command.from().equals(mark.plus(Duration.ofDays(2)))
                  ? Mono.error(new StorageException("store down", null))
                  : Mono.just(new AttainmentRun(command.from(), command.to(), 5, 1, 24, 1, 0));
            },
            CLOCK);

    AttainmentCatchUp pass = catchUp.catchUp(new CatchUpAttainmentCommand(LOOKBACK)).block();

    assertThat(asked)
        .extracting(ComputeAttainmentCommand::from)
        .containsExactly(mark, mark.plus(Duration.ofDays(1)), mark.plus(Duration.ofDays(2)));
    assertThat(asked)
        .extracting(ComputeAttainmentCommand::to)
        .containsExactly(mark.plus(Duration.ofDays(1)), mark.plus(Duration.ofDays(2)), HOUR);
    assertThat(pass.failedTenants()).containsExactly(TENANT);
    assertThat(pass.tenants()).isZero();
    assertThat(pass.hours()).isEqualTo(10);
    assertThat(pass.raised()).isEqualTo(2);
  }

  @Test
  void goesOnWithTheNextTenantsWhenOneTenantFailsAndNamesItWithTheError() {
    InMemoryTenantStorePort tenants = tenants(3);
    TenantId failing = new TenantId(1);
    CatchUpAttainmentService catchUp =
        new CatchUpAttainmentService(
            tenants,
            attainment,
            command ->
                command.tenantId().equals(failing)
                    ? Mono.error(new StorageException("store down", null))
                    : Mono.just(new AttainmentRun(command.from(), command.to(), 3, 4, 0, 0, 0)),
            CLOCK);

    AttainmentCatchUp pass = catchUp.catchUp(new CatchUpAttainmentCommand(LOOKBACK)).block();

    assertThat(pass.tenants()).isEqualTo(2);
    assertThat(pass.hours()).isEqualTo(6);
    assertThat(pass.failedTenants()).containsExactly(failing);
    assertThat(pass.failed()).isEqualTo(1);
    assertThat(pass.failures().getFirst().cause()).hasMessage("store down");
  }

  @Test
  void computesTheHoursOnTheComputationScheduler() {
    usualHour(HOUR, "now");
    Scheduler computation = Schedulers.newSingle("attainment-test");
    try {
      new ComputeAttainmentService(
              attainment,
              new InMemoryScoringConfigStorePort(),
              attainment,
              settings,
              alerts,
              events,
              computation,
              LOOKBACK,
              CLOCK)
          .compute(new ComputeAttainmentCommand(TENANT, HOUR, HOUR.plus(Duration.ofHours(1))))
          .block();
    } finally {
      computation.dispose();
    }

    assertThat(attainment.replacedOn()).startsWith("attainment-test");
  }

  @Test
  void computesOnlyHoursThatHaveEnded() {
    slowHour(Instant.parse("2026-11-23T12:00:00Z"), "now");

    AttainmentRun run =
        compute
            .compute(
                new ComputeAttainmentCommand(TENANT, HOUR, Instant.parse("2026-11-23T14:00:00Z")))
            .block();

    assertThat(run.to()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
    assertThat(run.hours()).isZero();
  }

  @Test
  void letsOnlyAdminsAndIntegrationsRunAndShowsTeamsToNoAgent() {
    InMemoryStoreRecordsPort records = new InMemoryStoreRecordsPort();
    records.put(TENANT, new Team("team-1", "Team one", null));
    records.put(
        TENANT,
        new Agent("agent-1", "Ann", "team-1", 2, Map.of(), Set.of(Channel.CHAT), true, null));
    FindAttainmentService find =
        new FindAttainmentService(new InMemoryLoadRecordsPort(records), attainment);
    RunAttainmentService run = new RunAttainmentService(compute);
    Instant from = HOUR.minus(Duration.ofDays(1));

    AttainmentRunOutcome byLead =
        run.run(new RunAttainmentCommand(caller(Role.TEAM_LEAD), from, HOUR)).block();
    AttainmentRunOutcome byIntegration =
        run.run(new RunAttainmentCommand(caller(Role.INTEGRATION_CLIENT), from, HOUR)).block();

    assertThat(byLead).isInstanceOf(AttainmentRunOutcome.Forbidden.class);
    assertThat(byIntegration).isInstanceOf(AttainmentRunOutcome.Computed.class);
    StepVerifier.create(
            find.find(
                new FindAttainmentQuery(
                    caller(Role.AGENT), SubjectType.TEAM, "team-1", from, HOUR)))
        .verifyComplete();
    StepVerifier.create(
            find.find(
                new FindAttainmentQuery(
                    caller(Role.AGENT), SubjectType.AGENT, "agent-1", from, HOUR)))
        .expectNextMatches(series -> series.subjectId().equals("agent-1"))
        .verifyComplete();
  }

  /** A tenant store holding {@code count} tenants, ids 1 to {@code count}. */
  private static InMemoryTenantStorePort tenants(int count) {
    InMemoryTenantStorePort tenants = new InMemoryTenantStorePort(new InMemoryApiKeyStorePort());
    for (int i = 1; i <= count; i++) {
      tenants.createWithAdminKey("tenant-" + i, HOUR, "k-" + i, "hash-" + i).block();
    }
    return tenants;
  }

  /** The service on the in-memory ports, telling time by {@code clock}. */
  private ComputeAttainmentService serviceAt(Clock clock) {
    return service(clock, LOOKBACK);
  }

  private ComputeAttainmentService service(Clock clock, Duration lookback) {
    return new ComputeAttainmentService(
        attainment,
        new InMemoryScoringConfigStorePort(),
        attainment,
        settings,
        alerts,
        events,
        Schedulers.immediate(),
        lookback,
        clock);
  }

  /** Computes the three weeks before {@link #HOUR} and the hour itself. */
  private AttainmentRun computeThroughTheHour() {
    return compute
        .compute(
            new ComputeAttainmentCommand(
                TENANT, HOUR.minus(Duration.ofDays(21)), HOUR.plus(Duration.ofHours(1))))
        .block();
  }

  /** The anomaly alert raised about a subject of the type. */
  private Alert raised(SubjectType type) {
    return alerts.queued().stream()
        .map(AlertEvent::alert)
        .filter(alert -> alert.anomaly().subjectType() == type)
        .filter(alert -> alert.status() == AlertStatus.OPEN)
        .findFirst()
        .orElseThrow();
  }

  /**
   * In each of the weeks before {@link #HOUR}, an hour of four tickets first answered in 10 min.
   */
  private void usualWeeks(int weeks) {
    for (int week = 1; week <= weeks; week++) {
      usualHour(HOUR.minus(Duration.ofDays(7L * week)), "w" + week);
    }
  }

  private void usualHour(Instant hour, String prefix) {
    answeredHour(hour, prefix, 10);
  }

  private void slowHour(Instant hour, String prefix) {
    answeredHour(hour, prefix, 30);
  }

  /** Four tickets of agent-1 (team-1) created at the hour and first answered minutes later. */
  private void answeredHour(Instant hour, String prefix, int minutes) {
    for (int i = 0; i < 4; i++) {
      Instant created = hour.plusSeconds(i * 60L);
      attainment.add(
          TENANT,
          new HourlyTicket(
              prefix + "-" + i,
              "agent-1",
              "team-1",
              created,
              created.plusSeconds(minutes * 60L),
              null,
              null,
              false,
              null));
    }
  }
}
