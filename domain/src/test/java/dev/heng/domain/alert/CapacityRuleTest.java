package dev.heng.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heng.domain.access.AccessScope;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityRuleTest {

  private static final TenantId TENANT = new TenantId(7);
  private static final Instant RAISED = Instant.parse("2026-11-02T09:00:00Z");

  private final CapacityRule rule = new CapacityRule(CapacitySettings.DEFAULTS);

  @Test
  void raisesARawAlertWhenThePoolCrossesTheThreshold() {
    List<PoolLoad> loads = List.of(new PoolLoad("a", "t1", 41, 30.0));

    CapacityDecision decision = rule.decide(loads, List.of());

    assertThat(decision.raise())
        .containsExactly(new RaisedAlert(AlertKind.CAPACITY_RAW, "a", "t1", 41, 40));
    assertThat(decision.resolve()).isEmpty();
  }

  @Test
  void raisesNothingAtExactlyTheThreshold() {
    List<PoolLoad> loads = List.of(new PoolLoad("a", "t1", 40, 40.0));

    CapacityDecision decision = rule.decide(loads, List.of());

    assertThat(decision.unchanged()).isTrue();
  }

  @Test
  void raisesAWeightedAlertForAHardPoolBelowTheRawThreshold() {
    List<PoolLoad> loads = List.of(new PoolLoad("b", null, 30, 45.5));

    CapacityDecision decision = rule.decide(loads, List.of());

    assertThat(decision.raise())
        .containsExactly(new RaisedAlert(AlertKind.CAPACITY_WEIGHTED, "b", null, 45.5, 40));
  }

  @Test
  void raisesNoRepeatWhileAnAlertStandsForTheCondition() {
    List<PoolLoad> loads = List.of(new PoolLoad("a", "t1", 44, 30.0));
    Alert open = alert(1, AlertKind.CAPACITY_RAW, "a", AlertStatus.OPEN);
    Alert acknowledged = alert(2, AlertKind.CAPACITY_RAW, "a", AlertStatus.ACKNOWLEDGED);

    CapacityDecision whileOpen = rule.decide(loads, List.of(open));
    CapacityDecision whileAcknowledged = rule.decide(loads, List.of(acknowledged));

    assertThat(whileOpen.unchanged()).isTrue();
    assertThat(whileAcknowledged.unchanged()).isTrue();
  }

  @Test
  void resolvesTheStandingAlertWhenThePoolDropsBack() {
    List<PoolLoad> loads = List.of(new PoolLoad("a", "t1", 40, 30.0));
    Alert open = alert(1, AlertKind.CAPACITY_RAW, "a", AlertStatus.OPEN);

    CapacityDecision decision = rule.decide(loads, List.of(open));

    assertThat(decision.raise()).isEmpty();
    assertThat(decision.resolve()).containsExactly(open);
  }

  @Test
  void resolvesTheAlertOfAnAgentThatNoLongerKeepsCustomers() {
    Alert open = alert(1, AlertKind.CAPACITY_WEIGHTED, "gone", AlertStatus.OPEN);

    CapacityDecision decision = rule.decide(List.of(new PoolLoad("a", null, 3, 3)), List.of(open));

    assertThat(decision.resolve()).containsExactly(open);
  }

  @Test
  void raisesAgainAfterTheEarlierAlertWasResolved() {
    List<PoolLoad> loads = List.of(new PoolLoad("a", "t1", 50, 30.0));
    Alert resolved =
        new Alert(
            1,
            TENANT,
            AlertKind.CAPACITY_RAW,
            "a",
            "t1",
            AlertStatus.RESOLVED,
            45,
            40,
            RAISED,
            null,
            RAISED.plusSeconds(60),
            "pool_dropped");

    CapacityDecision decision = rule.decide(loads, List.of(resolved));

    assertThat(decision.raise()).hasSize(1);
    assertThat(decision.resolve()).isEmpty();
  }

  @Test
  void usesTheTenantsOwnThresholds() {
    CapacityRule strict = new CapacityRule(new CapacitySettings(35, 100));
    List<PoolLoad> loads = List.of(new PoolLoad("a", null, 36, 60));

    CapacityDecision decision = strict.decide(loads, List.of());

    assertThat(decision.raise())
        .extracting(RaisedAlert::kind)
        .containsExactly(AlertKind.CAPACITY_RAW);
  }

  @Test
  void rejectsAnAgentNamedTwice() {
    List<PoolLoad> loads = List.of(PoolLoad.empty("a", null), PoolLoad.empty("a", null));

    assertThatThrownBy(() -> rule.decide(loads, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agent a twice");
  }

  @Test
  void rejectsThresholdsOutsideTheirRange() {
    assertThatThrownBy(() -> new CapacitySettings(0, 40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rawThreshold")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> new CapacitySettings(40, 1000.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weightedThreshold");
    assertThatThrownBy(() -> new CapacitySettings(40, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void showsAnAlertToTheWholeTenantItsTeamLeadAndItsAgentOnly() {
    Alert alert = alert(1, AlertKind.CAPACITY_RAW, "a", AlertStatus.OPEN);

    assertThat(alert.visibleTo(new AccessScope.WholeTenant())).isTrue();
    assertThat(alert.visibleTo(new AccessScope.OwnTeam("t1"))).isTrue();
    assertThat(alert.visibleTo(new AccessScope.OwnTeam("t2"))).isFalse();
    assertThat(alert.visibleTo(new AccessScope.OwnAgent("a"))).isTrue();
    assertThat(alert.visibleTo(new AccessScope.OwnAgent("b"))).isFalse();
    assertThat(alert.message()).isEqualTo("Agent a keeps 41 customers, above the threshold of 40.");
  }

  private static Alert alert(long id, AlertKind kind, String agentId, AlertStatus status) {
    return new Alert(id, TENANT, kind, agentId, "t1", status, 41, 40, RAISED, null, null, null);
  }
}
