package dev.heng.domain.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricSetting;
import dev.heng.domain.scoring.Normalisation;
import dev.heng.domain.scoring.ScorecardDimension;
import dev.heng.domain.scoring.ScoringConfig;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HourlyAttainmentCalculatorTest {

  private static final Instant HOUR = Instant.parse("2026-11-23T09:00:00Z");

  private final HourlyAttainmentCalculator calculator =
      new HourlyAttainmentCalculator(ScoringConfig.defaults());

  @Test
  void measuresEachMetricFromTheTicketsWhoseTimestampFallsInTheHour() {
    List<HourlyTicket> tickets =
        List.of(
            resolved("t-1", "a", 9, 10, 5, false, 600),
            resolved("t-2", "a", 9, 40, 3, true, 1200),
            answered("t-3", "a", 20),
            resolved("t-4", "a", 10, 5, 5, false, 60));

    List<AttainmentHour> hours = calculator.compute(HOUR, tickets);

    AttainmentHour agent = hours.get(0);
    assertThat(agent.subjectType()).isEqualTo(SubjectType.AGENT);
    assertThat(agent.subjectId()).isEqualTo("a");
    assertThat(agent.teamId()).isEqualTo("t1");
    assertThat(agent.metric(HourlyMetric.RESOLVED_TICKETS).orElseThrow().value()).isEqualTo(2);
    assertThat(agent.metric(HourlyMetric.SATISFACTION).orElseThrow().value()).isEqualTo(4);
    assertThat(agent.metric(HourlyMetric.COMPLAINT_RATE).orElseThrow().value()).isEqualTo(0.5);
    assertThat(agent.metric(HourlyMetric.HANDLE_TIME).orElseThrow().value()).isEqualTo(15);
    MetricHour firstResponse = agent.metric(HourlyMetric.FIRST_RESPONSE).orElseThrow();
    assertThat(firstResponse.value()).isEqualTo(20);
    assertThat(firstResponse.volume()).isEqualTo(1);
    assertThat(firstResponse.tickets()).containsExactly("t-3");
    assertThat(agent.metric(HourlyMetric.SATISFACTION).orElseThrow().tickets())
        .containsExactly("t-1", "t-2");
  }

  @Test
  void givesTheTeamItsMembersTicketsTogether() {
    List<HourlyTicket> tickets =
        List.of(
            resolved("t-1", "a", 9, 10, 5, false, 600), resolved("t-2", "b", 9, 20, 1, false, 600));

    List<AttainmentHour> hours = calculator.compute(HOUR, tickets);

    assertThat(hours).extracting(AttainmentHour::subjectId).containsExactly("a", "b", "t1");
    AttainmentHour team = hours.get(2);
    assertThat(team.subjectType()).isEqualTo(SubjectType.TEAM);
    assertThat(team.metric(HourlyMetric.RESOLVED_TICKETS).orElseThrow().value()).isEqualTo(2);
    assertThat(team.metric(HourlyMetric.SATISFACTION).orElseThrow().value()).isEqualTo(3);
  }

  @Test
  void normalisesAgainstPeersOfTheSameHourAsTheCardSays() {
    List<HourlyTicket> tickets =
        List.of(
            resolved("t-1", "a", 9, 10, 5, false, 600), resolved("t-2", "b", 9, 20, 1, false, 600));

    List<AttainmentHour> hours = calculator.compute(HOUR, tickets);

    double best = hours.get(0).metric(HourlyMetric.SATISFACTION).orElseThrow().normalised();
    double worst = hours.get(1).metric(HourlyMetric.SATISFACTION).orElseThrow().normalised();
    assertThat(best).isEqualTo(70);
    assertThat(worst).isEqualTo(30);
    assertThat(hours.get(2).metric(HourlyMetric.SATISFACTION).orElseThrow().normalised())
        .isEqualTo(50);
  }

  @Test
  void scoresFirstResponseAgainstTheHoursAverageWithTheCardsTarget() {
    List<HourlyTicket> tickets =
        List.of(answered("t-1", "a", 10), answered("t-2", "b", 30), answered("t-3", "c", 20));

    List<AttainmentHour> hours = calculator.compute(HOUR, tickets);

    assertThat(hours.get(0).metric(HourlyMetric.FIRST_RESPONSE).orElseThrow().normalised())
        .isEqualTo(100);
    assertThat(hours.get(1).metric(HourlyMetric.FIRST_RESPONSE).orElseThrow().normalised())
        .isCloseTo(50, within(1e-9));
    DimensionHour basic = hours.get(1).dimensions().get(0);
    assertThat(basic.dimension()).isEqualTo(ScorecardDimension.BASIC);
    assertThat(basic.attainment()).isCloseTo(50, within(1e-9));
    assertThat(basic.volume()).isEqualTo(1);
  }

  @Test
  void weighsADimensionsMetricsAsTheCardDoesAndLeavesOutMetricsOffTheCard() {
    ScoringConfig satisfactionOnly =
        new ScoringConfig(
            ScoringConfig.defaults().difficulty(),
            ScoringConfig.defaults().workload(),
            ScoringConfig.defaults().quality(),
            List.of(
                new MetricSetting(Metric.SATISFACTION, 60, Normalisation.peers()),
                new MetricSetting(Metric.COMPLAINT_RATE, 40, Normalisation.peers())),
            0);
    List<HourlyTicket> tickets =
        List.of(
            resolved("t-1", "a", 9, 10, 5, false, 600), resolved("t-2", "b", 9, 20, 1, true, 600));

    List<AttainmentHour> hours =
        new HourlyAttainmentCalculator(satisfactionOnly).compute(HOUR, tickets);

    AttainmentHour a = hours.get(0);
    assertThat(a.dimensions())
        .extracting(DimensionHour::dimension)
        .containsExactly(ScorecardDimension.QUALITY);
    assertThat(a.dimensions().get(0).attainment()).isCloseTo(70, within(1e-9));
    assertThat(a.metric(HourlyMetric.HANDLE_TIME)).isPresent();
  }

  @Test
  void leavesOutTicketsOfOtherHoursAndSubjectsWithoutData() {
    List<HourlyTicket> tickets = List.of(resolved("t-1", "a", 10, 10, 5, false, 600));

    List<AttainmentHour> hours = calculator.compute(HOUR, tickets);

    assertThat(hours).isEmpty();
  }

  @Test
  void refusesAnHourThatDoesNotStartOnAWholeHour() {
    assertThatThrownBy(() -> calculator.compute(HOUR.plusSeconds(60), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-11-23T09:01:00Z");
  }

  /** A ticket of team t1 created an hour earlier and resolved at 09:mm on the given hour. */
  private static HourlyTicket resolved(
      String id,
      String agent,
      int hour,
      int minute,
      Integer rating,
      boolean complaint,
      Integer handleSeconds) {
    Instant resolvedAt = HOUR.plusSeconds((hour - 9) * 3600L + minute * 60L);
    return new HourlyTicket(
        id,
        agent,
        "t1",
        resolvedAt.minusSeconds(7200),
        resolvedAt.minusSeconds(9000).isBefore(HOUR) ? null : resolvedAt,
        resolvedAt,
        rating,
        complaint,
        handleSeconds);
  }

  /** A ticket of team t1 created at 08:50 and first answered the given minutes later. */
  private static HourlyTicket answered(String id, String agent, int minutes) {
    Instant created = HOUR.minusSeconds(600);
    return new HourlyTicket(
        id, agent, "t1", created, created.plusSeconds(minutes * 60L), null, null, false, null);
  }
}
