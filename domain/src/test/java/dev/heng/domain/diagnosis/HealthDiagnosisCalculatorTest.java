package dev.heng.domain.diagnosis;

import static dev.heng.domain.diagnosis.CraftedQuarter.NOVEMBER;
import static dev.heng.domain.diagnosis.CraftedQuarter.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.heng.domain.access.AccessScope;
import dev.heng.domain.record.RetentionStatus;
import dev.heng.domain.scoring.ScoringPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthDiagnosisCalculatorTest {

  private final HealthDiagnosisCalculator calculator = new HealthDiagnosisCalculator();

  /** Twelve agents whose quality follows their workload by the given slope, with some noise. */
  private static CraftedQuarter twelveAgents(double slope) {
    CraftedQuarter quarter = new CraftedQuarter();
    for (int i = 0; i < 12; i++) {
      double workload = 0.5 + 0.1 * i;
      double noise = i % 2 == 0 ? 1.5 : -1.5;
      quarter
          .agent("a" + i, i < 6 ? "t1" : "t2", workload, 60 + slope * workload + noise, 60, 0)
          .customer("c" + i, "a" + i, RetentionStatus.ACTIVE, null);
    }
    return quarter;
  }

  @Test
  void refusesAMissingInput() {
    assertThatThrownBy(() -> calculator.diagnose(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input");
  }

  @Test
  void findsVolumeAndQualityMovingTogether() {
    HealthDiagnosis diagnosis = calculator.diagnose(twelveAgents(20).input());

    Correlation correlation = diagnosis.quantityQuality().quarter();
    assertThat(correlation.n()).isEqualTo(12);
    assertThat(correlation.direction()).isEqualTo(Correlation.Direction.POSITIVE);
    assertThat(diagnosis.quantityQuality().volumeMeasure()).isEqualTo("workload_coefficient");
    assertThat(diagnosis.quantityQuality().qualityMeasure()).isEqualTo("quality_dimension");
    assertThat(diagnosis.quantityQuality().finding())
        .startsWith("Volume and quality move together (r = 0.")
        .contains("12 agents", "no trade-off")
        .doesNotContain("weak guide");
  }

  @Test
  void findsATradeOffWhenQualityFallsWithVolume() {
    HealthDiagnosis diagnosis = calculator.diagnose(twelveAgents(-20).input());

    assertThat(diagnosis.quantityQuality().quarter().r()).isNegative();
    assertThat(diagnosis.quantityQuality().quarter().direction())
        .isEqualTo(Correlation.Direction.NEGATIVE);
    assertThat(diagnosis.quantityQuality().finding())
        .startsWith("Agents who carry more score lower on quality (r = -0.")
        .contains("volume is traded against quality");
  }

  @Test
  void findsNoRelationWhenQualityIgnoresVolume() {
    CraftedQuarter quarter = new CraftedQuarter();
    double[] quality = {50, 70, 70, 50, 50, 70, 70, 50, 50, 70, 70, 50};
    for (int i = 0; i < 12; i++) {
      quarter.agent("a" + i, "t1", 0.5 + 0.1 * i, quality[i], 60, 0);
    }
    quarter.customer("c", "a0", RetentionStatus.ACTIVE, null);

    HealthDiagnosis diagnosis = calculator.diagnose(quarter.input());

    assertThat(diagnosis.quantityQuality().quarter().r()).isEqualTo(0, offset(0.1));
    assertThat(diagnosis.quantityQuality().quarter().direction())
        .isEqualTo(Correlation.Direction.UNCLEAR);
    assertThat(diagnosis.quantityQuality().finding())
        .startsWith("Volume and quality show no clear relation");
  }

  @Test
  void leavesOutAgentsWithoutAQualityScoreAndWarnsOfASmallSample() {
    CraftedQuarter quarter = new CraftedQuarter();
    for (int i = 0; i < 6; i++) {
      quarter.agent("a" + i, "t1", 0.5 + 0.1 * i, i == 5 ? null : 50.0 + 10 * i, 60, 0);
    }
    quarter.customer("c", "a0", RetentionStatus.ACTIVE, null);

    HealthDiagnosis diagnosis = calculator.diagnose(quarter.input());

    assertThat(diagnosis.agents()).isEqualTo(6);
    assertThat(diagnosis.quantityQuality().quarter().n()).isEqualTo(5);
    assertThat(diagnosis.quantityQuality().finding()).contains("with only 5 agents");
  }

  @Test
  void tracesTheCorrelationMonthByMonth() {
    CraftedQuarter quarter = twelveAgents(20);
    for (int i = 0; i < 12; i++) {
      double workload = 0.5 + 0.1 * i;
      quarter.month("2026-10", "a" + i, workload, 40 + 30 * workload);
      quarter.month("2026-11", "a" + i, workload, 90 - 30 * workload + (i % 2 == 0 ? 4 : -4));
      quarter.ticket("c" + i, "a" + i, NOVEMBER);
    }

    List<MonthlyCorrelation> months =
        calculator.diagnose(quarter.input()).quantityQuality().months();

    assertThat(months)
        .extracting(MonthlyCorrelation::period)
        .containsExactly("2026-10", "2026-11", "2026-12");
    assertThat(months).extracting(MonthlyCorrelation::tickets).containsExactly(12, 12, 0);
    assertThat(months.get(0).correlation().r()).isEqualTo(1.0, offset(1e-9));
    assertThat(months.get(1).correlation().direction()).isEqualTo(Correlation.Direction.NEGATIVE);
    assertThat(months.get(2).correlation().n()).isZero();
    assertThat(calculator.diagnose(quarter.input()).quantityQuality().finding())
        .contains("By month: 2026-10 r = 1.00, 2026-11 r = -0.", "2026-12 no tickets")
        .contains("(a trade-off in 2026-11)");
  }

  @Test
  void spreadsScoresWithinEachTeamAndBetweenTeams() {
    CraftedQuarter quarter = new CraftedQuarter();
    double[] team1 = {40, 50, 60, 70};
    double[] team2 = {45, 55, 65, 75};
    for (int i = 0; i < 4; i++) {
      quarter.agent("x" + i, "t1", 1, 50.0, team1[i], 0);
      quarter.agent("y" + i, "t2", 1, 50.0, team2[i], 0);
    }
    quarter.agent("solo", null, 1, 50.0, 58, 0);
    quarter.customer("c", "x0", RetentionStatus.ACTIVE, null);

    IndividualTeam individual = calculator.diagnose(quarter.input()).individualTeam();

    assertThat(individual.agents()).isEqualTo(9);
    assertThat(individual.agentsWithoutTeam()).isEqualTo(1);
    assertThat(individual.teams()).extracting(TeamSpread::teamId).containsExactly("t1", "t2");
    Spread first = individual.teams().getFirst().scores();
    assertThat(first.sd()).isEqualTo(12.9099, offset(1e-4));
    assertThat(first.min()).isEqualTo(40);
    assertThat(first.max()).isEqualTo(70);
    assertThat(first.iqr()).isEqualTo(15);
    assertThat(individual.acrossTeams().teams()).isEqualTo(2);
    assertThat(individual.acrossTeams().teamMeans().min()).isEqualTo(55);
    assertThat(individual.acrossTeams().teamMeans().max()).isEqualTo(60);
    // Between: 8 x 2.5^2 = 50; total: 50 + 2 x 500 = 1050.
    assertThat(individual.acrossTeams().betweenTeamShare()).isEqualTo(50.0 / 1050, offset(1e-9));
    assertThat(individual.finding())
        .startsWith("Most of the spread lies within teams: 5% of the score variance")
        .contains("team means 55.0 to 60.0", "12.9 points on average");
  }

  @Test
  void saysSoWhenTheTenantConfiguresNoTeamBonus() {
    TeamBonusEffect bonus = calculator.diagnose(twelveAgents(20).input()).individualTeam().bonus();

    assertThat(bonus.configuredPoints()).isZero();
    assertThat(bonus.agentsWithBonus()).isZero();
    assertThat(bonus.agentsMoved()).isZero();
    assertThat(bonus.scoresWith()).isEqualTo(bonus.scoresWithout());
    assertThat(calculator.diagnose(twelveAgents(20).input()).individualTeam().finding())
        .endsWith(
            "The tenant configures no team bonus, so scores and ranks reflect individual work"
                + " only.");
  }

  @Test
  void measuresHowTheTeamBonusMovesScoresAndRanks() {
    CraftedQuarter quarter = new CraftedQuarter().bonusPoints(5);
    quarter.agent("x0", "t1", 1, 50.0, 60, 5);
    quarter.agent("x1", "t1", 1, 50.0, 62, 5);
    quarter.agent("x2", "t1", 1, 50.0, 98, 5);
    quarter.agent("y0", "t2", 1, 50.0, 61, 0);
    quarter.agent("y1", "t2", 1, 50.0, 63, 0);
    quarter.agent("y2", "t2", 1, 50.0, 64, 0);
    quarter.customer("c", "x0", RetentionStatus.ACTIVE, null);

    IndividualTeam individual = calculator.diagnose(quarter.input()).individualTeam();

    TeamBonusEffect bonus = individual.bonus();
    assertThat(bonus.configuredPoints()).isEqualTo(5);
    assertThat(bonus.teamsWithBonus()).isEqualTo(1);
    assertThat(bonus.agentsWithBonus()).isEqualTo(3);
    assertThat(bonus.meanBonus()).isEqualTo(2.5);
    // Without the bonus: x2 98, y2 64, y1 63, x1 62, y0 61, x0 60; with it: x2 100, x1 67,
    // x0 65, y2 64, y1 63, y0 61. x1 and x0 move up 2 and 3 places, y2 and y1 down 2, y0 down 1.
    assertThat(bonus.agentsMoved()).isEqualTo(5);
    assertThat(bonus.largestMove()).isEqualTo(3);
    assertThat(bonus.scoresWithout().max()).isEqualTo(98);
    assertThat(bonus.scoresWith().max()).isEqualTo(100);
    assertThat(individual.teams().getFirst().bonus()).isEqualTo(5);
    assertThat(individual.acrossTeams().betweenTeamShare())
        .isGreaterThan(individual.acrossTeams().betweenTeamShareWithoutBonus());
    assertThat(individual.finding())
        .contains("The team bonus (up to 5.0 points) added 2.5 points on average")
        .contains("3 of 6 agents in 1 team, and moved 5 agents in rank, at most 3 places.");
  }

  @Test
  void showsOneTeamItsOwnFiguresAndNothingAcrossTeams() {
    CraftedQuarter quarter = new CraftedQuarter().bonusPoints(5);
    for (int i = 0; i < 4; i++) {
      quarter.agent("x" + i, "t1", 1 + 0.1 * i, 50.0 + i, 50 + 5 * i, 2);
      quarter.agent("y" + i, "t2", 1 + 0.1 * i, 70.0 - i, 60 + 5 * i, 0);
      quarter.customer("cx" + i, "x" + i, RetentionStatus.ACTIVE, 100.0, 5);
      quarter.customer("cy" + i, "y" + i, RetentionStatus.CHURNED, 100.0, 1);
    }

    HealthDiagnosis diagnosis = calculator.diagnose(quarter.input(new AccessScope.OwnTeam("t1")));

    assertThat(diagnosis.scope()).isEqualTo(HealthDiagnosis.Scope.TEAM);
    assertThat(diagnosis.teamId()).isEqualTo("t1");
    assertThat(diagnosis.agents()).isEqualTo(4);
    assertThat(diagnosis.tickets()).isEqualTo(4);
    assertThat(diagnosis.quantityQuality().quarter().r()).isEqualTo(1.0, offset(1e-9));
    assertThat(diagnosis.individualTeam().teams())
        .extracting(TeamSpread::teamId)
        .containsOnly("t1");
    assertThat(diagnosis.individualTeam().acrossTeams()).isNull();
    assertThat(diagnosis.individualTeam().bonus().agentsMoved()).isZero();
    assertThat(diagnosis.individualTeam().finding())
        .contains("Within team t1", "not shown for one team")
        .endsWith(
            "The team bonus added 2.0 points to each member; it changes no order within the"
                + " team.");
    assertThat(diagnosis.shortLongTerm().customersServed()).isEqualTo(4);
    assertThat(diagnosis.shortLongTerm().bands().getLast().customers()).isEqualTo(4);
    assertThat(diagnosis.shortLongTerm().bands().getFirst().customers()).isZero();
    assertThat(diagnosis.shortLongTerm().finding())
        .startsWith(
            "The 4 rated customers were retained at 100%; too few rated low or high to compare");
  }

  @Test
  void setsRetentionAndLifetimeValueAgainstSatisfactionBands() {
    CraftedQuarter quarter = new CraftedQuarter();
    for (int i = 0; i < 4; i++) {
      quarter.agent("a" + i, "t1", 1, 50.0, 60, 0);
    }
    quarter
        .customer("low-1", "a0", RetentionStatus.CHURNED, 100.0, 1, 2)
        .customer("low-2", "a1", RetentionStatus.AT_RISK, 300.0, 2)
        .customer("mid-1", "a2", RetentionStatus.ACTIVE, 500.0, 3)
        .customer("high-1", "a3", RetentionStatus.ACTIVE, 900.0, 4, 5)
        .customer("high-2", "a0", RetentionStatus.ACTIVE, 1_200.0, 5)
        .customer("high-3", "a1", RetentionStatus.CHURNED, null, 4)
        .customer("high-4", "a2", RetentionStatus.ACTIVE, 1_500.0, 5, 5)
        .customer("unrated", "a3", RetentionStatus.CHURNED, 50.0);

    ShortLongTerm shortLong = calculator.diagnose(quarter.input()).shortLongTerm();

    assertThat(shortLong.customersServed()).isEqualTo(8);
    assertThat(shortLong.customersRated()).isEqualTo(7);
    assertThat(shortLong.bands())
        .extracting(SatisfactionBand::band)
        .containsExactly("low", "middle", "high");
    SatisfactionBand low = shortLong.bands().get(0);
    assertThat(low.customers()).isEqualTo(2);
    assertThat(low.churned()).isEqualTo(1);
    assertThat(low.atRisk()).isEqualTo(1);
    assertThat(low.retentionRate()).isEqualTo(0.5);
    assertThat(low.meanLifetimeValue()).isEqualTo(200);
    SatisfactionBand high = shortLong.bands().get(2);
    assertThat(high.customers()).isEqualTo(4);
    assertThat(high.retentionRate()).isEqualTo(0.75);
    assertThat(high.withLifetimeValue()).isEqualTo(3);
    assertThat(high.meanLifetimeValue()).isEqualTo(1_200);
    assertThat(shortLong.satisfactionLifetimeValue().n()).isEqualTo(6);
    assertThat(shortLong.satisfactionLifetimeValue().direction())
        .isEqualTo(Correlation.Direction.POSITIVE);
    assertThat(shortLong.satisfactionRetention().n()).isEqualTo(7);
    assertThat(shortLong.finding())
        .startsWith(
            "Customers rating 3.5 or higher on average were retained at 75% (4 customers)"
                + " against 50% of those rating under 2.5 (2)")
        .contains("satisfaction and lifetime value rise together (rho = ");
  }

  @Test
  void findsNoRelationOfSatisfactionAndValueWhenValueIgnoresIt() {
    CraftedQuarter quarter = new CraftedQuarter();
    quarter.agent("a0", "t1", 1, 50.0, 60, 0);
    int[] ratings = {1, 2, 3, 4, 5, 1, 2, 3, 4, 5};
    double[] values = {500, 100, 900, 300, 700, 700, 900, 100, 500, 300};
    for (int i = 0; i < ratings.length; i++) {
      quarter.customer("c" + i, "a0", RetentionStatus.ACTIVE, values[i], ratings[i]);
    }

    ShortLongTerm shortLong = calculator.diagnose(quarter.input()).shortLongTerm();

    assertThat(shortLong.satisfactionLifetimeValue().direction())
        .isEqualTo(Correlation.Direction.UNCLEAR);
    assertThat(shortLong.satisfactionRetention().r()).isNull();
    assertThat(shortLong.finding())
        .startsWith(
            "Customers rating 3.5 or higher on average were retained at 100% (4 customers)"
                + " against 100% of those rating under 2.5 (4)")
        .contains("satisfaction says little about lifetime value");
  }

  @Test
  void callsAClearButSmallCorrelationWeak() {
    CraftedQuarter quarter = new CraftedQuarter();
    quarter.agent("a0", "t1", 1, 50.0, 60, 0);
    for (int i = 0; i < 300; i++) {
      int rating = 1 + i % 5;
      double value = 200 + (i * 7919) % 1000 - 40 * rating;
      quarter.customer("c" + i, "a0", RetentionStatus.ACTIVE, value, rating);
    }

    ShortLongTerm shortLong = calculator.diagnose(quarter.input()).shortLongTerm();

    assertThat(shortLong.satisfactionLifetimeValue().r()).isBetween(-0.2, -0.1);
    assertThat(shortLong.satisfactionLifetimeValue().direction())
        .isEqualTo(Correlation.Direction.NEGATIVE);
    assertThat(shortLong.finding())
        .contains("satisfaction and lifetime value move apart, though weakly (rho = -0.18");
  }

  @Test
  void answersAQuarterWithoutDataWithZerosAndSaysSo() {
    HealthDiagnosis diagnosis = calculator.diagnose(new CraftedQuarter().input());

    assertThat(diagnosis.agents()).isZero();
    assertThat(diagnosis.tickets()).isZero();
    assertThat(diagnosis.quantityQuality().quarter().n()).isZero();
    assertThat(diagnosis.quantityQuality().months()).hasSize(3);
    assertThat(diagnosis.quantityQuality().finding())
        .isEqualTo(
            "No tickets were raised in 2026-Q4, so there is no volume or quality to compare.");
    assertThat(diagnosis.individualTeam().teams()).isEmpty();
    assertThat(diagnosis.individualTeam().acrossTeams().teams()).isZero();
    assertThat(diagnosis.individualTeam().finding())
        .isEqualTo("No agent was scored in 2026-Q4, so there are no scores to spread.");
    assertThat(diagnosis.shortLongTerm().customersServed()).isZero();
    assertThat(diagnosis.shortLongTerm().bands())
        .allSatisfy(band -> assertThat(band.customers()).isZero());
    assertThat(diagnosis.shortLongTerm().finding()).startsWith("No customer was served in 2026-Q4");
  }

  @Test
  void countsOnlyTicketsOfTheQuarter() {
    CraftedQuarter quarter = twelveAgents(20);
    quarter.ticket("c0", "a0", OCTOBER.minusSeconds(30L * 86_400));

    HealthDiagnosis diagnosis = calculator.diagnose(quarter.input());

    assertThat(diagnosis.tickets()).isEqualTo(12);
  }

  @Test
  void listsTheMonthsOfAQuarterAndRefusesOtherPeriods() {
    assertThat(HealthDiagnosisCalculator.months(ScoringPeriod.parse("2027-Q1")))
        .extracting(ScoringPeriod::label)
        .containsExactly("2027-01", "2027-02", "2027-03");
    assertThatThrownBy(() -> HealthDiagnosisCalculator.months(ScoringPeriod.parse("2026-11")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarter must be a quarter, was 2026-11");
  }
}
