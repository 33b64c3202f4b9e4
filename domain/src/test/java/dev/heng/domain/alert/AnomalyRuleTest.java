package dev.heng.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.heng.domain.access.AccessScope;
import dev.heng.domain.attainment.HourlyMetric;
import dev.heng.domain.attainment.MetricHour;
import dev.heng.domain.attainment.SubjectType;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyRuleTest {

  private static final TenantId TENANT = new TenantId(7);
  private static final Instant HOUR = Instant.parse("2026-11-23T09:00:00Z");

  /** 20% band, 4 weeks, 3 tickets in the hour, 10 in the baseline. */
  private final AnomalyRule rule = new AnomalyRule(AnomalySettings.DEFAULTS);

  @Test
  void raisesAnAlertWhenTheHourLiesMoreThanTheBandAboveItsBaseline() {
    AnomalyObservation slow = agent(HourlyMetric.FIRST_RESPONSE, hour(15, 4), weeks(10, 10, 10));

    AnomalyDecision decision = rule.decide(HOUR, List.of(slow), List.of());

    assertThat(decision.raise()).hasSize(1);
    RaisedAnomaly raised = decision.raise().get(0);
    assertThat(raised.agentId()).isEqualTo("a");
    assertThat(raised.teamId()).isEqualTo("t1");
    assertThat(raised.value()).isEqualTo(15);
    assertThat(raised.threshold()).isCloseTo(12.0, within(1e-9));
    assertThat(raised.detail().baseline()).isEqualTo(10);
    assertThat(raised.detail().deviation()).isEqualTo(0.5);
    assertThat(raised.detail().baselineHours()).isEqualTo(3);
    assertThat(raised.detail().baselineVolume()).isEqualTo(12);
    assertThat(raised.detail().tickets()).containsExactly("t-0", "t-1", "t-2", "t-3");
    assertThat(raised.detail().better()).isFalse();
  }

  @Test
  void raisesAnAlertBelowTheBandWithTheLowerEdgeAsThreshold() {
    AnomalyObservation fewer = agent(HourlyMetric.SATISFACTION, hour(3, 5), weeks(5, 5, 5));

    AnomalyDecision decision = rule.decide(HOUR, List.of(fewer), List.of());

    assertThat(decision.raise()).hasSize(1);
    assertThat(decision.raise().get(0).threshold()).isCloseTo(4.0, within(1e-9));
    assertThat(decision.raise().get(0).detail().deviation()).isCloseTo(-0.4, within(1e-9));
  }

  @Test
  void raisesNothingWithinTheBand() {
    AnomalyObservation usual = agent(HourlyMetric.FIRST_RESPONSE, hour(11, 4), weeks(10, 10, 10));

    AnomalyDecision decision = rule.decide(HOUR, List.of(usual), List.of());

    assertThat(decision.unchanged()).isTrue();
  }

  @Test
  void raisesNothingExactlyOnTheEdgeOfTheBandAndRaisesJustBeyondIt() {
    AnomalyObservation onEdge = agent(HourlyMetric.FIRST_RESPONSE, hour(12, 4), weeks(10, 10, 10));
    AnomalyObservation beyond =
        agent(HourlyMetric.FIRST_RESPONSE, hour(12.01, 4), weeks(10, 10, 10));

    AnomalyDecision atEdge = rule.decide(HOUR, List.of(onEdge), List.of());
    AnomalyDecision pastEdge = rule.decide(HOUR, List.of(beyond), List.of());

    assertThat(atEdge.unchanged()).isTrue();
    assertThat(pastEdge.raise()).hasSize(1);
  }

  @Test
  void raisesNothingForAQuietHourBelowTheMinimumVolume() {
    AnomalyObservation quiet = agent(HourlyMetric.FIRST_RESPONSE, hour(40, 2), weeks(10, 10, 10));

    AnomalyDecision decision = rule.decide(HOUR, List.of(quiet), List.of());

    assertThat(decision.unchanged()).isTrue();
  }

  @Test
  void raisesNothingWhenTheBaselineRestsOnTooFewTickets() {
    AnomalyObservation thin =
        agent(HourlyMetric.FIRST_RESPONSE, hour(40, 5), List.of(metric(10, 3), metric(10, 6)));

    AnomalyDecision decision = rule.decide(HOUR, List.of(thin), List.of());

    assertThat(decision.unchanged()).isTrue();
  }

  @Test
  void takesTheBaselineFromTheWeeksThatHaveDataLeavingMissingWeeksOut() {
    AnomalyObservation oneWeek =
        agent(HourlyMetric.HANDLE_TIME, hour(30, 5), List.of(metric(20, 12)));
    AnomalyObservation noWeek = agent(HourlyMetric.SATISFACTION, hour(1, 5), List.of());

    AnomalyDecision decision = rule.decide(HOUR, List.of(oneWeek, noWeek), List.of());

    assertThat(decision.raise()).hasSize(1);
    assertThat(decision.raise().get(0).detail().metric()).isEqualTo(HourlyMetric.HANDLE_TIME);
    assertThat(decision.raise().get(0).detail().baseline()).isEqualTo(20);
    assertThat(decision.raise().get(0).detail().baselineHours()).isEqualTo(1);
  }

  @Test
  void raisesNothingAgainstABaselineOfZero() {
    AnomalyObservation complaints =
        agent(HourlyMetric.COMPLAINT_RATE, hour(0.5, 4), weeks(0, 0, 0));

    AnomalyDecision decision = rule.decide(HOUR, List.of(complaints), List.of());

    assertThat(decision.unchanged()).isTrue();
  }

  @Test
  void raisesNoRepeatWhileAnAlertStandsForTheSubjectAndMetric() {
    AnomalyObservation slow = agent(HourlyMetric.FIRST_RESPONSE, hour(15, 4), weeks(10, 10, 10));
    Alert open = standing(1, SubjectType.AGENT, "a", HourlyMetric.FIRST_RESPONSE, AlertStatus.OPEN);
    Alert acknowledged =
        standing(2, SubjectType.AGENT, "a", HourlyMetric.FIRST_RESPONSE, AlertStatus.ACKNOWLEDGED);

    AnomalyDecision whileOpen = rule.decide(HOUR, List.of(slow), List.of(open));
    AnomalyDecision whileAcknowledged = rule.decide(HOUR, List.of(slow), List.of(acknowledged));

    assertThat(whileOpen.unchanged()).isTrue();
    assertThat(whileAcknowledged.unchanged()).isTrue();
  }

  @Test
  void raisesForAnotherMetricOfTheSameSubjectWhileOneStands() {
    AnomalyObservation slowHandling =
        agent(HourlyMetric.HANDLE_TIME, hour(15, 4), weeks(10, 10, 10));
    Alert open = standing(1, SubjectType.AGENT, "a", HourlyMetric.FIRST_RESPONSE, AlertStatus.OPEN);

    AnomalyDecision decision = rule.decide(HOUR, List.of(slowHandling), List.of(open));

    assertThat(decision.raise()).hasSize(1);
    assertThat(decision.resolve()).isEmpty();
  }

  @Test
  void resolvesTheStandingAlertWhenTheMetricComesBackWithinTheBand() {
    AnomalyObservation usual = agent(HourlyMetric.FIRST_RESPONSE, hour(10.5, 4), weeks(10, 10, 10));
    Alert open = standing(1, SubjectType.AGENT, "a", HourlyMetric.FIRST_RESPONSE, AlertStatus.OPEN);

    AnomalyDecision decision = rule.decide(HOUR, List.of(usual), List.of(open));

    assertThat(decision.raise()).isEmpty();
    assertThat(decision.resolve()).containsExactly(open);
  }

  @Test
  void keepsTheStandingAlertThroughHoursThatCannotBeJudged() {
    AnomalyObservation quiet = agent(HourlyMetric.FIRST_RESPONSE, hour(10, 1), weeks(10, 10, 10));
    AnomalyObservation absent = agent(HourlyMetric.FIRST_RESPONSE, null, weeks(10, 10, 10));
    Alert open = standing(1, SubjectType.AGENT, "a", HourlyMetric.FIRST_RESPONSE, AlertStatus.OPEN);

    AnomalyDecision whileQuiet = rule.decide(HOUR, List.of(quiet), List.of(open));
    AnomalyDecision whileAbsent = rule.decide(HOUR, List.of(absent), List.of(open));

    assertThat(whileQuiet.unchanged()).isTrue();
    assertThat(whileAbsent.unchanged()).isTrue();
  }

  @Test
  void judgesTeamsApartFromTheirAgentsAndIgnoresCapacityAlerts() {
    AnomalyObservation team =
        observation(
            SubjectType.TEAM, "t1", HourlyMetric.HANDLE_TIME, hour(20, 20), weeks(10, 10, 10));
    Alert agentAlert =
        standing(1, SubjectType.AGENT, "t1", HourlyMetric.HANDLE_TIME, AlertStatus.OPEN);
    Alert capacity =
        new Alert(
            2,
            TENANT,
            AlertKind.CAPACITY_RAW,
            "a",
            "t1",
            AlertStatus.OPEN,
            41,
            40,
            HOUR,
            null,
            null,
            null);

    AnomalyDecision decision = rule.decide(HOUR, List.of(team), List.of(agentAlert, capacity));

    assertThat(decision.raise()).hasSize(1);
    assertThat(decision.raise().get(0).agentId()).isNull();
    assertThat(decision.raise().get(0).openKey()).isEqualTo("anomaly:team:t1:handle_time");
    assertThat(decision.resolve()).isEmpty();
  }

  @Test
  void judgesNoResolvedTicketsCountsNeitherToRaiseNorToResolve() {
    AnomalyObservation burst =
        agent(HourlyMetric.RESOLVED_TICKETS, hour(40, 40), weeks(10, 10, 10));
    AnomalyObservation usual =
        agent(HourlyMetric.RESOLVED_TICKETS, hour(10, 10), weeks(10, 10, 10));
    Alert open =
        standing(1, SubjectType.AGENT, "a", HourlyMetric.RESOLVED_TICKETS, AlertStatus.OPEN);

    AnomalyDecision onBurst = rule.decide(HOUR, List.of(burst), List.of());
    AnomalyDecision onUsual = rule.decide(HOUR, List.of(usual), List.of(open));

    assertThat(AnomalyRule.judges(HourlyMetric.RESOLVED_TICKETS)).isFalse();
    assertThat(AnomalyRule.judges(HourlyMetric.HANDLE_TIME)).isTrue();
    assertThat(onBurst.unchanged()).isTrue();
    assertThat(onUsual.unchanged()).isTrue();
  }

  @Test
  void honoursATenantsWiderBand() {
    AnomalyRule wide = new AnomalyRule(new AnomalySettings(0.6, 4, 3, 10));
    AnomalyObservation slow = agent(HourlyMetric.FIRST_RESPONSE, hour(15, 4), weeks(10, 10, 10));

    AnomalyDecision decision = wide.decide(HOUR, List.of(slow), List.of());

    assertThat(decision.unchanged()).isTrue();
  }

  @Test
  void refusesAnObservationNamedTwice() {
    AnomalyObservation slow = agent(HourlyMetric.FIRST_RESPONSE, hour(15, 4), weeks(10, 10, 10));

    assertThatThrownBy(() -> rule.decide(HOUR, List.of(slow, slow), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("anomaly:agent:a:first_response");
  }

  @Test
  void refusesSettingsOutsideTheirRangesNamingTheSetting() {
    assertThatThrownBy(() -> new AnomalySettings(0.01, 4, 3, 10)).hasMessageContaining("deviation");
    assertThatThrownBy(() -> new AnomalySettings(0.2, 13, 3, 10)).hasMessageContaining("weeks");
    assertThatThrownBy(() -> new AnomalySettings(0.2, 4, 0, 10)).hasMessageContaining("minVolume");
    assertThatThrownBy(() -> new AnomalySettings(0.2, 4, 3, 0))
        .hasMessageContaining("minBaselineVolume");
  }

  @Test
  void comparesTheSameHourOfTheWeekInEarlierWeeks() {
    List<Instant> hours = AnomalyRule.comparableHours(HOUR, 3);

    assertThat(hours)
        .containsExactly(
            Instant.parse("2026-11-16T09:00:00Z"),
            Instant.parse("2026-11-09T09:00:00Z"),
            Instant.parse("2026-11-02T09:00:00Z"));
  }

  @Test
  void showsATeamAlertToTheTeamsLeadButNotToAnAgent() {
    Alert team = standing(1, SubjectType.TEAM, "t1", HourlyMetric.SATISFACTION, AlertStatus.OPEN);

    assertThat(team.visibleTo(new AccessScope.OwnTeam("t1"))).isTrue();
    assertThat(team.visibleTo(new AccessScope.OwnAgent("a"))).isFalse();
    assertThat(team.message()).startsWith("Team t1: satisfaction in the hour from");
    assertThat(AlertDocument.json(new AlertEvent("e-1", AlertChange.RAISED, HOUR, team)))
        .contains("\"anomaly\":{\"subjectType\":\"team\",\"metric\":\"satisfaction\"");
  }

  private static AnomalyObservation agent(
      HourlyMetric metric, MetricHour current, List<MetricHour> comparable) {
    return observation(SubjectType.AGENT, "a", metric, current, comparable);
  }

  private static AnomalyObservation observation(
      SubjectType type,
      String subject,
      HourlyMetric metric,
      MetricHour current,
      List<MetricHour> comparable) {
    MetricHour typed = current == null ? null : retyped(current, metric);
    List<MetricHour> typedWeeks = new ArrayList<>();
    comparable.forEach(hour -> typedWeeks.add(retyped(hour, metric)));
    return new AnomalyObservation(type, subject, "t1", metric, typed, typedWeeks);
  }

  private static MetricHour retyped(MetricHour hour, HourlyMetric metric) {
    return new MetricHour(metric, hour.value(), hour.volume(), hour.normalised(), hour.tickets());
  }

  private static MetricHour hour(double value, int volume) {
    List<String> tickets = new ArrayList<>();
    for (int i = 0; i < volume; i++) {
      tickets.add("t-" + i);
    }
    return new MetricHour(HourlyMetric.FIRST_RESPONSE, value, volume, 50, tickets);
  }

  private static MetricHour metric(double value, int volume) {
    return hour(value, volume);
  }

  /** Comparable hours of 4 tickets each with the given values. */
  private static List<MetricHour> weeks(double... values) {
    List<MetricHour> hours = new ArrayList<>();
    for (double value : values) {
      hours.add(hour(value, 4));
    }
    return hours;
  }

  private static Alert standing(
      long id, SubjectType type, String subject, HourlyMetric metric, AlertStatus status) {
    AnomalyDetail detail =
        new AnomalyDetail(type, metric, HOUR.minusSeconds(3600), 10, 0.5, 4, 3, 12, List.of("x"));
    return new Alert(
        id,
        TENANT,
        AlertKind.ANOMALY,
        type == SubjectType.AGENT ? subject : null,
        type == SubjectType.AGENT ? "t1" : subject,
        status,
        15,
        12,
        HOUR.minusSeconds(3600),
        null,
        null,
        null,
        detail);
  }
}
