package dev.heng.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.out.AlertCriteria;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertEvent;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.alert.AnomalyDecision;
import dev.heng.domain.alert.AnomalyDetail;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.alert.RaisedAnomaly;
import dev.heng.domain.attainment.AttainmentHour;
import dev.heng.domain.attainment.DimensionHour;
import dev.heng.domain.attainment.HourlyMetric;
import dev.heng.domain.attainment.HourlyTicket;
import dev.heng.domain.attainment.MetricHour;
import dev.heng.domain.attainment.SubjectType;
import dev.heng.domain.record.Agent;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.scoring.ScorecardDimension;
import dev.heng.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * What {@link AttainmentPersistenceAdapter} promises, and the anomaly part of {@link
 * AlertPersistenceAdapter}, checked against a real database migrated once per class. Each test
 * works in a tenant of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AttainmentPersistenceContract {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final Instant HOUR = Instant.parse("2026-11-23T09:00:00Z");
  private static final Duration ONE_HOUR = Duration.ofHours(1);

  private TestDatabase database;
  private AttainmentPersistenceAdapter attainment;
  private AlertPersistenceAdapter alerts;

  /** Opens the database this contract runs against, wiped and migrated. */
  abstract TestDatabase openDatabase();

  @BeforeAll
  void openDatabaseOnce() {
    database = openDatabase();
    attainment = database.attainment();
    alerts = database.alerts();
  }

  @AfterAll
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void readsBackTheStoredHoursWithTheirDimensionsMetricsAndTickets() {
    TenantId tenant = newTenant();
    List<AttainmentHour> hours =
        List.of(
            hour(SubjectType.AGENT, "x", "team-1", HOUR, 12.5),
            hour(SubjectType.TEAM, "x", "x", HOUR, 7.25),
            hour(SubjectType.AGENT, "x", "team-1", HOUR.plus(ONE_HOUR), 9));

    int written = attainment.replace(tenant, HOUR, HOUR.plus(Duration.ofHours(2)), hours).block();
    List<AttainmentHour> all =
        attainment.hours(tenant, null, null, HOUR, HOUR.plus(Duration.ofHours(2))).block();
    List<AttainmentHour> agent =
        attainment
            .hours(tenant, SubjectType.AGENT, "x", HOUR, HOUR.plus(Duration.ofHours(2)))
            .block();

    assertThat(written).isEqualTo(3);
    assertThat(all).containsExactly(hours.get(0), hours.get(1), hours.get(2));
    assertThat(agent).containsExactly(hours.get(0), hours.get(2));
  }

  @Test
  void replacesOnlyTheHoursOfTheRangeSoThatARunAgainLeavesTheSameRows() {
    TenantId tenant = newTenant();
    AttainmentHour before = hour(SubjectType.AGENT, "a", "team-1", HOUR.minus(ONE_HOUR), 5);
    AttainmentHour old = hour(SubjectType.AGENT, "a", "team-1", HOUR, 5);
    AttainmentHour replacement = hour(SubjectType.AGENT, "a", "team-1", HOUR, 8);
    attainment
        .replace(tenant, HOUR.minus(ONE_HOUR), HOUR.plus(ONE_HOUR), List.of(before, old))
        .block();

    attainment.replace(tenant, HOUR, HOUR.plus(ONE_HOUR), List.of(replacement)).block();
    attainment.replace(tenant, HOUR, HOUR.plus(ONE_HOUR), List.of(replacement)).block();
    List<AttainmentHour> stored =
        attainment.hours(tenant, null, null, HOUR.minus(ONE_HOUR), HOUR.plus(ONE_HOUR)).block();

    assertThat(stored).containsExactly(before, replacement);
  }

  @Test
  void letsTwoConcurrentReplacesOfTheSameRangeBothSucceedLeavingOneSetOfRows() {
    TenantId tenant = newTenant();
    Instant to = HOUR.plus(Duration.ofDays(7));
    List<AttainmentHour> first = new ArrayList<>();
    List<AttainmentHour> second = new ArrayList<>();
    for (Instant at = HOUR; at.isBefore(to); at = at.plus(ONE_HOUR)) {
      for (int agent = 0; agent < 3; agent++) {
        first.add(hour(SubjectType.AGENT, "a" + agent, "team-1", at, 5));
        second.add(hour(SubjectType.AGENT, "a" + agent, "team-1", at, 8));
      }
    }

    for (int round = 0; round < 3; round++) {
      List<Integer> written =
          Flux.merge(
                  attainment
                      .replace(tenant, HOUR, to, first)
                      .subscribeOn(Schedulers.boundedElastic()),
                  attainment
                      .replace(tenant, HOUR, to, second)
                      .subscribeOn(Schedulers.boundedElastic()))
              .collectList()
              .block();

      assertThat(written).containsExactly(first.size(), second.size());
    }
    List<AttainmentHour> stored = attainment.hours(tenant, null, null, HOUR, to).block();

    assertThat(stored).hasSize(first.size());
    assertThat(stored)
        .extracting(hour -> hour.metrics().get(1).value())
        .containsOnly(stored.get(0).metrics().get(1).value());
  }

  @Test
  void readsTheAssignedTicketsFirstAnsweredOrResolvedInTheRangeWithTheAssigneesTeam() {
    TenantId tenant = newTenant();
    database
        .records(new TestClock(HOUR))
        .store(
            tenant,
            RecordKind.AGENTS,
            List.of(new Agent("a", "Ann", "team-1", 2, Map.of(), Set.of(Channel.CHAT), true, null)))
        .block();
    List<IntakeRecord> tickets =
        List.of(
            ticket("answered", "a", HOUR.minusSeconds(600), HOUR.plusSeconds(300), null),
            ticket("resolved", "a", HOUR.minus(Duration.ofDays(2)), null, HOUR.plusSeconds(60)),
            ticket("earlier", "a", HOUR.minusSeconds(7200), HOUR.minusSeconds(3600), null),
            ticket("unassigned", null, HOUR.minusSeconds(600), HOUR.plusSeconds(300), null),
            ticket("no-team", "b", HOUR, HOUR.plusSeconds(60), HOUR.plusSeconds(120)));
    database.records(new TestClock(HOUR)).store(tenant, RecordKind.TICKETS, tickets).block();

    List<HourlyTicket> found = attainment.hourlyTickets(tenant, HOUR, HOUR.plus(ONE_HOUR)).block();

    assertThat(found)
        .extracting(HourlyTicket::externalId)
        .containsExactly("answered", "resolved", "no-team");
    assertThat(found.get(0).teamId()).isEqualTo("team-1");
    assertThat(found.get(0).firstResponseAt()).isEqualTo(HOUR.plusSeconds(300));
    assertThat(found.get(1).satisfaction()).isEqualTo(4);
    assertThat(found.get(1).handleSeconds()).isEqualTo(600);
    assertThat(found.get(2).teamId()).isNull();
  }

  @Test
  void movesTheAnomalyMarkForwardOnly() {
    TenantId tenant = newTenant();

    Instant none = attainment.anomaliesCheckedThrough(tenant).block();
    attainment.markAnomaliesChecked(tenant, HOUR).block();
    attainment.markAnomaliesChecked(tenant, HOUR.minus(ONE_HOUR)).block();
    Instant kept = attainment.anomaliesCheckedThrough(tenant).block();
    attainment.markAnomaliesChecked(tenant, HOUR.plus(ONE_HOUR)).block();

    assertThat(none).isNull();
    assertThat(kept).isEqualTo(HOUR);
    assertThat(attainment.anomaliesCheckedThrough(tenant).block()).isEqualTo(HOUR.plus(ONE_HOUR));
  }

  @Test
  void keepsTheTenantsAnomalySettings() {
    TenantId tenant = newTenant();
    AnomalySettings settings = new AnomalySettings(0.35, 6, 4, 20);

    AnomalySettings before = alerts.findAnomalySettings(tenant).block();
    alerts.save(tenant, CapacitySettings.DEFAULTS, AnomalySettings.DEFAULTS, HOUR).block();
    alerts.save(tenant, new CapacitySettings(30, 30), settings, HOUR).block();
    alerts.save(tenant, new CapacitySettings(35, 35), null, HOUR).block();

    assertThat(before).isNull();
    assertThat(alerts.findAnomalySettings(tenant).block()).isEqualTo(settings);
    assertThat(alerts.find(tenant).block()).isEqualTo(new CapacitySettings(35, 35));
  }

  @Test
  void leavesTheThresholdsUnchangedWhenTheAnomalySettingsCannotBeStored() {
    TenantId tenant = newTenant();
    alerts.save(tenant, new CapacitySettings(30, 30), AnomalySettings.DEFAULTS, HOUR).block();
    String refuse = "refuse_anomaly_settings_" + tenant.value();
    database
        .client
        .sql(
            "ALTER TABLE anomaly_settings ADD CONSTRAINT "
                + refuse
                + " CHECK (tenant_id <> "
                + tenant.value()
                + " OR weeks <> 7)")
        .then()
        .block();

    try {
      StepVerifier.create(
              alerts.save(
                  tenant, new CapacitySettings(50, 50), new AnomalySettings(0.3, 7, 3, 10), HOUR))
          .expectError(StorageException.class)
          .verify();
    } finally {
      database.client.sql("ALTER TABLE anomaly_settings DROP CONSTRAINT " + refuse).then().block();
    }

    assertThat(alerts.find(tenant).block()).isEqualTo(new CapacitySettings(30, 30));
    assertThat(alerts.findAnomalySettings(tenant).block()).isEqualTo(AnomalySettings.DEFAULTS);
  }

  @Test
  void storesAnomalyAlertsAboutAgentsAndTeamsAndResolvesThemBackWithinTheBand() {
    TenantId tenant = newTenant();
    RaisedAnomaly aboutAgent = anomaly(SubjectType.AGENT, "a", "team-1");
    RaisedAnomaly aboutTeam = anomaly(SubjectType.TEAM, "team-1", "team-1");

    List<AlertEvent> raised =
        alerts
            .apply(
                tenant, new AnomalyDecision(HOUR, List.of(aboutAgent, aboutTeam), List.of()), HOUR)
            .block();
    List<Alert> standing = alerts.standing(tenant).block();
    List<Alert> seenByLead = list(tenant, new AccessScope.OwnTeam("team-1"));
    List<Alert> seenByAgent = list(tenant, new AccessScope.OwnAgent("a"));
    Alert team = standing.get(1);
    List<AlertEvent> resolved =
        alerts
            .apply(
                tenant,
                new AnomalyDecision(HOUR.plus(ONE_HOUR), List.of(), List.of(team)),
                HOUR.plus(ONE_HOUR))
            .block();

    assertThat(raised).hasSize(2);
    assertThat(standing).containsExactly(raised.get(0).alert(), raised.get(1).alert());
    Alert agent = standing.get(0);
    assertThat(agent.kind()).isEqualTo(AlertKind.ANOMALY);
    assertThat(agent.anomaly()).isEqualTo(aboutAgent.detail());
    assertThat(agent.conditionKey()).isEqualTo(aboutAgent.openKey());
    assertThat(team.agentId()).isNull();
    assertThat(seenByLead).hasSize(2);
    assertThat(seenByAgent).extracting(Alert::id).containsExactly(agent.id());
    assertThat(resolved).hasSize(1);
    assertThat(resolved.get(0).alert().status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(resolved.get(0).alert().resolution()).isEqualTo("back_within_band");
    assertThat(alerts.standing(tenant).block()).containsExactly(agent);
  }

  private List<Alert> list(TenantId tenant, AccessScope scope) {
    return alerts
        .list(new AlertCriteria(tenant, scope, null, AlertKind.ANOMALY, null, null, null, 0, 100))
        .block();
  }

  private static RaisedAnomaly anomaly(SubjectType type, String subject, String team) {
    AnomalyDetail detail =
        new AnomalyDetail(
            type, HourlyMetric.FIRST_RESPONSE, HOUR, 10, 0.5, 4, 3, 12, List.of("t-1", "t-2"));
    return new RaisedAnomaly(subject, team, 15, 12, detail);
  }

  private static AttainmentHour hour(
      SubjectType type, String subject, String team, Instant at, double firstResponse) {
    return new AttainmentHour(
        type,
        subject,
        team,
        at,
        List.of(
            new DimensionHour(ScorecardDimension.BASIC, 62.5, 2),
            new DimensionHour(ScorecardDimension.QUALITY, 50, 1)),
        List.of(
            new MetricHour(HourlyMetric.RESOLVED_TICKETS, 1, 1, 75, List.of("t-1")),
            new MetricHour(
                HourlyMetric.FIRST_RESPONSE, firstResponse, 2, 50, List.of("t-1", "t-2")),
            new MetricHour(HourlyMetric.SATISFACTION, 4, 1, 50, List.of("t-1"))));
  }

  private static Ticket ticket(
      String id, String agent, Instant created, Instant answered, Instant resolved) {
    return new Ticket(
        id,
        "c-1",
        agent,
        Channel.CHAT,
        "general",
        Priority.NORMAL,
        created,
        answered,
        resolved,
        0,
        resolved == null ? null : 4,
        false,
        false,
        resolved == null ? null : 600,
        null,
        null,
        null);
  }

  private TenantId newTenant() {
    ApiKeyToken admin = ApiKeyToken.generate(RANDOM);
    String name = "attainment-" + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    return database
        .tenants()
        .createWithAdminKey(name, HOUR, admin.keyId(), admin.hash())
        .block()
        .id();
  }
}
