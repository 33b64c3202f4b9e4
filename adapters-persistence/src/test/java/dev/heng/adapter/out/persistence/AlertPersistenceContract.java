package dev.heng.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.out.AlertCriteria;
import dev.heng.application.port.out.DeliveryAttempt;
import dev.heng.application.port.out.PendingDelivery;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertChange;
import dev.heng.domain.alert.AlertEvent;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.alert.CapacityDecision;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.alert.PoolLoad;
import dev.heng.domain.alert.RaisedAlert;
import dev.heng.domain.tenant.TenantId;
import dev.heng.domain.webhook.DeliveryLogEntry;
import dev.heng.domain.webhook.DeliveryOutcome;
import dev.heng.domain.webhook.WebhookEndpoint;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.test.StepVerifier;

/**
 * What {@link AlertPersistenceAdapter} and {@link WebhookPersistenceAdapter} promise, checked
 * against a real database migrated once per class. Each test works in a tenant of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AlertPersistenceContract {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final Instant AT = Instant.parse("2026-11-02T09:00:00.123456Z");
  private static final Duration LEASE = Duration.ofSeconds(30);

  private TestDatabase database;
  private AlertPersistenceAdapter alerts;
  private WebhookPersistenceAdapter webhooks;

  /** Opens the database this contract runs against, wiped and migrated. */
  abstract TestDatabase openDatabase();

  @BeforeAll
  void openDatabaseOnce() {
    database = openDatabase();
    alerts = database.alerts();
    webhooks = database.webhooks();
  }

  @AfterAll
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void countsPoolsRawAndWeightedByTheLatestGradedDifficulty() {
    TenantId tenant = newTenant();
    agent(tenant, "a", "team-1");
    for (int i = 0; i < 3; i++) {
      customer(tenant, "c-" + i, "a");
    }
    customer(tenant, "c-b", "b");
    customer(tenant, "c-none", null);
    graded(tenant, "2026-10", AT.minusSeconds(7200), "c-0", 1.5);
    graded(tenant, "2026-11", AT.minusSeconds(60), "c-0", 2.5);
    graded(tenant, "2026-09", AT.minusSeconds(3600), "c-1", 0.5);

    List<PoolLoad> loads = alerts.poolLoads(tenant).block();

    assertThat(loads)
        .containsExactly(
            new PoolLoad("a", "team-1", 3, 2.5 + 0.5 + 1.0), new PoolLoad("b", null, 1, 1.0));
  }

  @Test
  void keepsTheTenantsThresholdsAndReplacesThem() {
    TenantId tenant = newTenant();

    StepVerifier.create(alerts.find(tenant)).verifyComplete();
    alerts.save(tenant, new CapacitySettings(35, 50), null, AT).block();
    alerts.save(tenant, new CapacitySettings(45, 42.5), null, AT.plusSeconds(1)).block();

    StepVerifier.create(alerts.find(tenant))
        .expectNext(new CapacitySettings(45, 42.5))
        .verifyComplete();
  }

  @Test
  void raisesAnAlertOnceAndRefusesASecondStandingAlertForTheCondition() {
    TenantId tenant = newTenant();
    CapacityDecision raise = raise("a", "team-1", 41);

    List<AlertEvent> events = alerts.apply(tenant, raise, AT).block();

    assertThat(events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.change()).isEqualTo(AlertChange.RAISED);
              assertThat(event.alert().status()).isEqualTo(AlertStatus.OPEN);
            });
    StepVerifier.create(alerts.apply(tenant, raise, AT))
        .expectError(StorageException.class)
        .verify();
    assertThat(alerts.standing(tenant).block())
        .singleElement()
        .isEqualTo(events.getFirst().alert());
  }

  @Test
  void resolvesAStandingAlertSoTheConditionMayBeRaisedAgain() {
    TenantId tenant = newTenant();
    Alert raised = alerts.apply(tenant, raise("a", "team-1", 41), AT).block().getFirst().alert();

    List<AlertEvent> resolved =
        alerts
            .apply(tenant, new CapacityDecision(List.of(), List.of(raised)), AT.plusSeconds(5))
            .block();
    List<AlertEvent> again =
        alerts.apply(tenant, raise("a", "team-1", 42), AT.plusSeconds(9)).block();

    assertThat(resolved)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.alert().status()).isEqualTo(AlertStatus.RESOLVED);
              assertThat(event.alert().resolution()).isEqualTo("pool_dropped");
              assertThat(event.alert().resolvedAt()).isEqualTo(AT.plusSeconds(5));
            });
    assertThat(again).hasSize(1);
    assertThat(alerts.standing(tenant).block()).extracting(Alert::value).containsExactly(42.0);
  }

  @Test
  void acknowledgesOnlyOpenAlertsAndClosesStandingOnes() {
    TenantId tenant = newTenant();
    Alert raised = alerts.apply(tenant, raise("a", "team-1", 41), AT).block().getFirst().alert();

    AlertEvent acknowledged =
        alerts.change(tenant, raised.id(), AlertChange.ACKNOWLEDGED, AT.plusSeconds(1)).block();
    AlertEvent twice =
        alerts.change(tenant, raised.id(), AlertChange.ACKNOWLEDGED, AT.plusSeconds(2)).block();
    AlertEvent closed =
        alerts.change(tenant, raised.id(), AlertChange.RESOLVED, AT.plusSeconds(3)).block();
    AlertEvent ofOtherTenant =
        alerts.change(newTenant(), raised.id(), AlertChange.RESOLVED, AT.plusSeconds(4)).block();

    assertThat(acknowledged.alert().acknowledgedAt()).isEqualTo(AT.plusSeconds(1));
    assertThat(twice).isNull();
    assertThat(closed.alert().resolution()).isEqualTo("closed");
    assertThat(closed.alert().acknowledgedAt()).isEqualTo(AT.plusSeconds(1));
    assertThat(ofOtherTenant).isNull();
  }

  @Test
  void listsAlertsNewestFirstByFilterScopeAndPosition() {
    TenantId tenant = newTenant();
    alerts.apply(tenant, raise("a", "team-1", 41), AT).block();
    alerts.apply(tenant, raise("b", "team-1", 45), AT.plusSeconds(60)).block();
    alerts.apply(tenant, raise("c", "team-2", 50), AT.plusSeconds(120)).block();
    List<Alert> all = list(tenant, new AccessScope.WholeTenant(), null, null, 0);

    List<Alert> ofTeam = list(tenant, new AccessScope.OwnTeam("team-1"), null, null, 0);
    List<Alert> ofAgent = list(tenant, new AccessScope.OwnAgent("b"), null, null, 0);
    List<Alert> since = list(tenant, new AccessScope.WholeTenant(), AT.plusSeconds(60), null, 0);
    List<Alert> older = list(tenant, new AccessScope.WholeTenant(), null, null, all.get(1).id());

    assertThat(all).extracting(Alert::agentId).containsExactly("c", "b", "a");
    assertThat(ofTeam).extracting(Alert::agentId).containsExactly("b", "a");
    assertThat(ofAgent).extracting(Alert::agentId).containsExactly("b");
    assertThat(since).extracting(Alert::agentId).containsExactly("c", "b");
    assertThat(older).extracting(Alert::agentId).containsExactly("a");
    assertThat(
            alerts
                .list(
                    new AlertCriteria(
                        tenant,
                        new AccessScope.WholeTenant(),
                        AlertStatus.RESOLVED,
                        AlertKind.CAPACITY_RAW,
                        null,
                        null,
                        null,
                        0,
                        10))
                .block())
        .isEmpty();
  }

  @Test
  void queuesEachEventForEveryActiveEndpointInTheAlertsTransaction() {
    TenantId tenant = newTenant();
    WebhookEndpoint first =
        webhooks.add(tenant, "https://a.example.com/", "whsec_a", null, AT).block();
    WebhookEndpoint removed =
        webhooks.add(tenant, "https://b.example.com/", "whsec_b", "old", AT).block();
    webhooks.remove(tenant, removed.id(), AT).block();

    List<AlertEvent> events = alerts.apply(tenant, raise("a", "team-1", 41), AT).block();
    StepVerifier.create(alerts.apply(tenant, raise("a", "team-1", 41), AT))
        .expectError(StorageException.class)
        .verify();
    List<PendingDelivery> claimed = claimOf(tenant, AT.plusSeconds(1));

    assertThat(webhooks.list(tenant).block()).containsExactly(first);
    assertThat(claimed)
        .singleElement()
        .satisfies(
            delivery -> {
              assertThat(delivery.endpointId()).isEqualTo(first.id());
              assertThat(delivery.secret()).isEqualTo("whsec_a");
              assertThat(delivery.eventId()).isEqualTo(events.getFirst().eventId());
              assertThat(delivery.eventType()).isEqualTo("alert.raised");
              assertThat(delivery.body())
                  .contains("\"agentId\":\"a\"", "\"type\":\"alert.raised\"");
              assertThat(delivery.failedAttempts()).isZero();
            });
  }

  @Test
  void claimsADeliveryAgainWhenItsLeaseRanOutWithoutARecordedAttempt() {
    TenantId tenant = newTenant();
    webhooks.add(tenant, "https://a.example.com/", "whsec_a", null, AT).block();
    alerts.apply(tenant, raise("a", "team-1", 41), AT).block();

    List<PendingDelivery> first = claimOf(tenant, AT.plusSeconds(1));
    List<PendingDelivery> duringLease = claimOf(tenant, AT.plusSeconds(10));
    List<PendingDelivery> afterLease = claimOf(tenant, AT.plusSeconds(32));

    assertThat(first).hasSize(1);
    assertThat(duringLease).isEmpty();
    assertThat(afterLease)
        .extracting(PendingDelivery::outboxId)
        .containsExactly(first.getFirst().outboxId());
  }

  @Test
  void recordsAttemptsInTheLogAndMovesTheDeliveryOn() {
    TenantId tenant = newTenant();
    WebhookEndpoint endpoint =
        webhooks.add(tenant, "https://a.example.com/", "s", null, AT).block();
    alerts.apply(tenant, raise("a", "team-1", 41), AT).block();
    PendingDelivery delivery = claimOf(tenant, AT.plusSeconds(1)).getFirst();

    webhooks
        .record(
            new DeliveryAttempt(
                delivery,
                AT.plusSeconds(1),
                503,
                "answered 503",
                12,
                DeliveryOutcome.RETRY,
                AT.plusSeconds(100)))
        .block();
    List<PendingDelivery> beforeDue = claimOf(tenant, AT.plusSeconds(99));
    PendingDelivery retried = claimOf(tenant, AT.plusSeconds(100)).getFirst();
    webhooks
        .record(
            new DeliveryAttempt(
                retried, AT.plusSeconds(100), 200, null, 8, DeliveryOutcome.DELIVERED, null))
        .block();
    List<PendingDelivery> afterDelivery = claimOf(tenant, AT.plusSeconds(1000));

    assertThat(beforeDue).isEmpty();
    assertThat(retried.failedAttempts()).isEqualTo(1);
    assertThat(afterDelivery).isEmpty();
    assertThat(webhooks.log(tenant, endpoint.id(), 10).block())
        .containsExactly(
            new DeliveryLogEntry(
                delivery.eventId(),
                2,
                AT.plusSeconds(100),
                200,
                null,
                DeliveryOutcome.DELIVERED,
                8),
            new DeliveryLogEntry(
                delivery.eventId(),
                1,
                AT.plusSeconds(1),
                503,
                "answered 503",
                DeliveryOutcome.RETRY,
                12));
  }

  private List<PendingDelivery> claimOf(TenantId tenant, Instant now) {
    return webhooks.claim(now, LEASE, 100).block().stream()
        .filter(delivery -> delivery.tenantId().equals(tenant))
        .toList();
  }

  private List<Alert> list(
      TenantId tenant, AccessScope scope, Instant from, Instant to, long before) {
    return alerts
        .list(new AlertCriteria(tenant, scope, null, null, null, from, to, before, 10))
        .block();
  }

  private static CapacityDecision raise(String agentId, String teamId, int customers) {
    return new CapacityDecision(
        List.of(new RaisedAlert(AlertKind.CAPACITY_RAW, agentId, teamId, customers, 40)),
        List.of());
  }

  private TenantId newTenant() {
    ApiKeyToken admin = ApiKeyToken.generate(RANDOM);
    String name = "alerts-" + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    return database
        .tenants()
        .createWithAdminKey(name, AT, admin.keyId(), admin.hash())
        .block()
        .id();
  }

  private void agent(TenantId tenant, String id, String teamId) {
    database
        .client
        .sql(
            "INSERT INTO agents (tenant_id, external_id, content_hash, stored_at, modified_at, name,"
                + " team_id, seniority, skills, channels, active) VALUES (:tenant, :id, 'h', :at,"
                + " :at, :id, :team, 2, '{}', 'chat', TRUE)")
        .bind("tenant", tenant.value())
        .bind("id", id)
        .bind("at", RowValues.time(AT))
        .bind("team", teamId)
        .then()
        .block();
  }

  private void customer(TenantId tenant, String id, String agentId) {
    var spec =
        database
            .client
            .sql(
                "INSERT INTO customers (tenant_id, external_id, content_hash, stored_at,"
                    + " modified_at, segment, value_tier, service_window, product_complexity,"
                    + " agent_id, retention_status, attributes) VALUES (:tenant, :id, 'h', :at,"
                    + " :at, 'INDIVIDUAL', 'STANDARD', 'ALWAYS', 1, :agent, 'ACTIVE', '{}')")
            .bind("tenant", tenant.value())
            .bind("id", id)
            .bind("at", RowValues.time(AT));
    spec = agentId == null ? spec.bindNull("agent", String.class) : spec.bind("agent", agentId);
    spec.then().block();
  }

  private void graded(
      TenantId tenant, String period, Instant computedAt, String customerId, double coefficient) {
    database
        .client
        .sql(
            "MERGE INTO scoring_runs r USING (SELECT CAST(:tenant AS BIGINT) AS tenant_id,"
                + " CAST(:period AS VARCHAR(16)) AS period) n ON r.tenant_id = n.tenant_id AND"
                + " r.period = n.period WHEN NOT MATCHED THEN INSERT (tenant_id, period,"
                + " config_version, computed_at, weight_source, fit_tickets, weights, fairness)"
                + " VALUES (n.tenant_id, n.period, 0, :at, 'default', 0, '{}', '{}')")
        .bind("tenant", tenant.value())
        .bind("period", period)
        .bind("at", RowValues.time(computedAt))
        .then()
        .block();
    database
        .client
        .sql(
            "INSERT INTO customer_difficulties (tenant_id, period, customer_id, agent_id,"
                + " coefficient, tickets, normaliser, body) VALUES (:tenant, :period, :customer,"
                + " NULL, :coefficient, 1, 1.0, '{}')")
        .bind("tenant", tenant.value())
        .bind("period", period)
        .bind("customer", customerId)
        .bind("coefficient", coefficient)
        .then()
        .block();
  }
}
