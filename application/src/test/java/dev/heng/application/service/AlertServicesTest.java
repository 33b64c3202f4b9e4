package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.AlertListing;
import dev.heng.application.port.in.AlertSettingsLookup;
import dev.heng.application.port.in.AlertSettingsUpdate;
import dev.heng.application.port.in.AlertStatusChange;
import dev.heng.application.port.in.CapacityCheck;
import dev.heng.application.port.in.ChangeAlertStatusCommand;
import dev.heng.application.port.in.CheckCapacityCommand;
import dev.heng.application.port.in.FindAlertSettingsQuery;
import dev.heng.application.port.in.ListAlertsQuery;
import dev.heng.application.port.in.StreamAlertsQuery;
import dev.heng.application.port.in.UpdateAlertSettingsCommand;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertChange;
import dev.heng.domain.alert.AlertEvent;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.alert.PoolLoad;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The alert services against in-memory ports: checking pools, listing, changing, streaming. */
class AlertServicesTest {

  private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final TenantId OTHER = new TenantId(TENANT.value() + 1);

  private final InMemoryAlertSettingsStorePort settings = new InMemoryAlertSettingsStorePort();
  private final InMemoryLoadPoolLoadsPort pools = new InMemoryLoadPoolLoadsPort();
  private final InMemoryAlertStorePort alerts = new InMemoryAlertStorePort();
  private final InMemoryAlertEvents events = new InMemoryAlertEvents();
  private final CheckCapacityService check =
      new CheckCapacityService(settings, pools, alerts, events, CLOCK);
  private final ListAlertsService list = new ListAlertsService(alerts);
  private final ChangeAlertStatusService change =
      new ChangeAlertStatusService(alerts, events, CLOCK);

  @Test
  void raisesOneAlertWhenAPoolCrossesTheThresholdAndNoneWhileItHolds() {
    pools.set(TENANT, new PoolLoad("agent-1", "team-1", 41, 20));

    CapacityCheck first = check.check(new CheckCapacityCommand(TENANT)).block();
    pools.set(TENANT, new PoolLoad("agent-1", "team-1", 44, 22));
    CapacityCheck second = check.check(new CheckCapacityCommand(TENANT)).block();

    assertThat(first).isEqualTo(new CapacityCheck(1, 1, 0));
    assertThat(second).isEqualTo(new CapacityCheck(1, 0, 0));
    assertThat(alerts.queued()).hasSize(1);
    assertThat(events.published())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.change()).isEqualTo(AlertChange.RAISED);
              assertThat(event.alert().kind()).isEqualTo(AlertKind.CAPACITY_RAW);
              assertThat(event.alert().value()).isEqualTo(41);
            });
  }

  @Test
  void decidesAgainWhenItsWriteLostARace() {
    pools.set(TENANT, new PoolLoad("agent-1", "team-1", 41, 20));
    alerts.failNextApply();

    CapacityCheck checked = check.check(new CheckCapacityCommand(TENANT)).block();

    assertThat(checked.raised()).isEqualTo(1);
    assertThat(alerts.standing(TENANT).block()).hasSize(1);
  }

  @Test
  void resolvesTheAlertWhenThePoolDropsBack() {
    pools.set(TENANT, new PoolLoad("agent-1", "team-1", 41, 20));
    check.check(new CheckCapacityCommand(TENANT)).block();

    pools.set(TENANT, new PoolLoad("agent-1", "team-1", 39, 20));
    CapacityCheck dropped = check.check(new CheckCapacityCommand(TENANT)).block();

    assertThat(dropped.resolved()).isEqualTo(1);
    assertThat(alerts.standing(TENANT).block()).isEmpty();
    assertThat(events.published())
        .extracting(AlertEvent::change)
        .containsExactly(AlertChange.RAISED, AlertChange.RESOLVED);
    assertThat(events.published().getLast().alert().resolution()).isEqualTo("pool_dropped");
  }

  @Test
  void checksAgainstTheTenantsOwnThresholdsOnceTheyAreSaved() {
    pools.set(TENANT, new PoolLoad("agent-1", "team-1", 36, 36));
    UpdateAlertSettingsService update =
        new UpdateAlertSettingsService(settings, settings, check, CLOCK);

    AlertSettingsUpdate saved =
        update
            .update(
                new UpdateAlertSettingsCommand(
                    caller(Role.TENANT_ADMIN), new CapacitySettings(35, 100)))
            .block();

    assertThat(saved)
        .isEqualTo(
            new AlertSettingsUpdate.Saved(
                new CapacitySettings(35, 100),
                new CapacityCheck(1, 1, 0),
                AnomalySettings.DEFAULTS,
                true));
    StepVerifier.create(
            new FindAlertSettingsService(settings, settings)
                .find(new FindAlertSettingsQuery(caller(Role.TENANT_ADMIN))))
        .expectNext(
            new AlertSettingsLookup.Found(
                new CapacitySettings(35, 100), false, AnomalySettings.DEFAULTS, true))
        .verifyComplete();
  }

  @Test
  void letsOnlyTenantAdminsReadOrChangeTheSettings() {
    UpdateAlertSettingsService update =
        new UpdateAlertSettingsService(settings, settings, check, CLOCK);

    AlertSettingsUpdate refused =
        update
            .update(
                new UpdateAlertSettingsCommand(caller(Role.TEAM_LEAD), CapacitySettings.DEFAULTS))
            .block();

    assertThat(refused).isInstanceOf(AlertSettingsUpdate.Forbidden.class);
    assertThat(settings.find(TENANT).block()).isNull();
    assertThat(
            new FindAlertSettingsService(settings, settings)
                .find(new FindAlertSettingsQuery(caller(Role.AGENT)))
                .block())
        .isInstanceOf(AlertSettingsLookup.Forbidden.class);
  }

  @Test
  void listsAlertsNewestFirstPageByPageWithinTheCallersScope() {
    raiseFor("agent-1", "team-1");
    raiseFor("agent-2", "team-1");
    raiseFor("agent-3", "team-2");

    AlertListing.Listed first = listed(caller(Role.TENANT_ADMIN), null, 2);
    AlertListing.Listed second = listed(caller(Role.TENANT_ADMIN), first.page().nextCursor(), 2);
    AlertListing.Listed ofTeam = listed(caller(Role.TEAM_LEAD), null, 10);
    AlertListing.Listed ofAgent = listed(caller(Role.AGENT), null, 10);

    assertThat(first.page().items())
        .extracting(Alert::agentId)
        .containsExactly("agent-3", "agent-2");
    assertThat(second.page().items()).extracting(Alert::agentId).containsExactly("agent-1");
    assertThat(second.page().nextCursor()).isNull();
    assertThat(ofTeam.page().items())
        .extracting(Alert::agentId)
        .containsExactly("agent-2", "agent-1");
    assertThat(ofAgent.page().items()).extracting(Alert::agentId).containsExactly("agent-1");
  }

  @Test
  void offersANextPageWhenAFullPageOfTheLargestSizeIsFollowedByMore() {
    for (int i = 0; i < 1001; i++) {
      pools.set(TENANT, new PoolLoad("agent-" + i, "team-1", 50, 20));
    }
    check.check(new CheckCapacityCommand(TENANT)).block();

    AlertListing.Listed first = listed(caller(Role.TENANT_ADMIN), null, 1000);
    AlertListing.Listed second = listed(caller(Role.TENANT_ADMIN), first.page().nextCursor(), 1000);

    assertThat(first.page().items()).hasSize(1000);
    assertThat(second.page().items()).hasSize(1);
    assertThat(second.page().nextCursor()).isNull();
  }

  @Test
  void refusesACursorItDidNotIssueAndAnEmptyTimeRange() {
    Caller admin = caller(Role.TENANT_ADMIN);

    AlertListing badCursor =
        list.list(new ListAlertsQuery(admin, null, null, null, null, null, "bm90LWEtY3Vyc29y", 10))
            .block();
    AlertListing badRange =
        list.list(new ListAlertsQuery(admin, null, null, null, NOW, NOW, null, 10)).block();

    assertThat(badCursor)
        .isEqualTo(new AlertListing.Invalid("cursor", "was not issued by this service"));
    assertThat(badRange).isEqualTo(new AlertListing.Invalid("to", "must be after from"));
  }

  @Test
  void acknowledgesAndResolvesAnAlertAndPublishesEachChange() {
    long id = raiseFor("agent-1", "team-1");
    Caller lead = caller(Role.TEAM_LEAD);

    AlertStatusChange acknowledged =
        change.change(new ChangeAlertStatusCommand(lead, id, AlertChange.ACKNOWLEDGED)).block();
    AlertStatusChange again =
        change.change(new ChangeAlertStatusCommand(lead, id, AlertChange.ACKNOWLEDGED)).block();
    AlertStatusChange resolved =
        change.change(new ChangeAlertStatusCommand(lead, id, AlertChange.RESOLVED)).block();
    AlertStatusChange late =
        change.change(new ChangeAlertStatusCommand(lead, id, AlertChange.ACKNOWLEDGED)).block();

    assertThat(acknowledged)
        .isInstanceOfSatisfying(
            AlertStatusChange.Changed.class,
            changed -> assertThat(changed.alert().status()).isEqualTo(AlertStatus.ACKNOWLEDGED));
    assertThat(again).isInstanceOf(AlertStatusChange.Changed.class);
    assertThat(resolved)
        .isInstanceOfSatisfying(
            AlertStatusChange.Changed.class,
            changed -> assertThat(changed.alert().resolution()).isEqualTo("closed"));
    assertThat(late).isInstanceOf(AlertStatusChange.Conflict.class);
    assertThat(events.published())
        .extracting(AlertEvent::change)
        .containsExactly(AlertChange.RAISED, AlertChange.ACKNOWLEDGED, AlertChange.RESOLVED);
  }

  @Test
  void hidesAlertsOutsideTheScopeAndRefusesReadOnlyRoles() {
    long id = raiseFor("agent-3", "team-2");

    AlertStatusChange byOtherLead =
        change
            .change(new ChangeAlertStatusCommand(caller(Role.TEAM_LEAD), id, AlertChange.RESOLVED))
            .block();
    AlertStatusChange byOtherTenant =
        change
            .change(
                new ChangeAlertStatusCommand(
                    caller(OTHER, Role.TENANT_ADMIN), id, AlertChange.RESOLVED))
            .block();
    AlertStatusChange byReviewer =
        change
            .change(
                new ChangeAlertStatusCommand(caller(Role.QA_REVIEWER), id, AlertChange.RESOLVED))
            .block();

    assertThat(byOtherLead).isEqualTo(new AlertStatusChange.NotFound());
    assertThat(byOtherTenant).isEqualTo(new AlertStatusChange.NotFound());
    assertThat(byReviewer).isInstanceOf(AlertStatusChange.Forbidden.class);
    assertThat(alerts.find(TENANT, id).block().status()).isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void streamsOnlyTheEventsOfTheCallersTenantAndScope() {
    StreamAlertsService stream = new StreamAlertsService(events);
    List<AlertEvent> seenByAgent = new ArrayList<>();
    List<AlertEvent> seenByOtherTenant = new ArrayList<>();
    var agent =
        stream.stream(new StreamAlertsQuery(caller(Role.AGENT))).subscribe(seenByAgent::add);
    var other =
        stream.stream(new StreamAlertsQuery(caller(OTHER, Role.TENANT_ADMIN)))
            .subscribe(seenByOtherTenant::add);

    raiseFor("agent-1", "team-1");
    raiseFor("agent-2", "team-1");
    agent.dispose();
    other.dispose();

    assertThat(seenByAgent).extracting(event -> event.alert().agentId()).containsExactly("agent-1");
    assertThat(seenByOtherTenant).isEmpty();
  }

  private long raiseFor(String agentId, String teamId) {
    pools.set(TENANT, new PoolLoad(agentId, teamId, 50, 20));
    check.check(new CheckCapacityCommand(TENANT)).block();
    return alerts.standing(TENANT).block().stream()
        .filter(alert -> alert.agentId().equals(agentId))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private AlertListing.Listed listed(Caller caller, String cursor, int limit) {
    return (AlertListing.Listed)
        list.list(new ListAlertsQuery(caller, null, null, null, null, null, cursor, limit)).block();
  }
}
