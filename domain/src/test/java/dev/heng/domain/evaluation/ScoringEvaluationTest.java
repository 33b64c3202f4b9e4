package dev.heng.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.heng.domain.scoring.CustomerDifficulty;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.scoring.TicketFacts;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringEvaluationTest {

  private final ScoringEvaluation evaluation = new ScoringEvaluation();

  @Test
  void leansLessOnLoadAndDifficultyThanRawCounting() {
    double rawLoad = 0;
    double rawDifficulty = 0;
    double hengLoad = 0;
    double hengDifficulty = 0;
    for (long seed = 1; seed <= 3; seed++) {
      ScoringEvaluation.Report report = evaluation.evaluate(SimulationParameters.defaults(seed));

      rawLoad += Math.abs(report.raw().loadCorrelation());
      rawDifficulty += Math.abs(report.raw().difficultyCorrelation());
      hengLoad += Math.abs(report.heng().loadCorrelation());
      hengDifficulty += Math.abs(report.heng().difficultyCorrelation());
      assertThat(report.heng().spearman()).as("seed %d", seed).isGreaterThan(0.6);
    }

    assertThat(hengLoad).isLessThan(rawLoad);
    assertThat(hengDifficulty).isLessThan(rawDifficulty);
  }

  @Test
  void findsTheScoresOfMoreTicketsPerAgentMoreReliable() {
    double fewer = 0;
    double more = 0;
    for (long seed = 1; seed <= 3; seed++) {
      fewer +=
          evaluation
              .evaluate(SimulationParameters.builder(seed).days(7).build())
              .heng()
              .reliability();
      more +=
          evaluation
              .evaluate(SimulationParameters.builder(seed).days(28).build())
              .heng()
              .reliability();
    }

    assertThat(fewer / 3).isBetween(0.0, 1.0);
    assertThat(more / 3).isBetween(0.0, 1.0).isGreaterThan(fewer / 3);
  }

  @Test
  void scoresTheMonthOfTheLastSimulatedDay() {
    SimulationParameters parameters =
        SimulationParameters.builder(1).start(LocalDate.of(2026, 11, 1)).days(45).build();

    assertThat(ScoringEvaluation.period(parameters).label()).isEqualTo("2026-12");
  }

  @Test
  void givesTheSameFiguresForTheSameSeed() {
    SimulationParameters parameters = SimulationParameters.builder(9).agents(16).build();

    assertThat(evaluation.evaluate(parameters)).isEqualTo(evaluation.evaluate(parameters));
  }

  @Test
  void ranksPerfectlyWithAFittedWeightingWhenOneMetricIsTheSkill() {
    // One metric follows skill exactly, the other is noise: the fitted weighting ranks perfectly.
    List<ScoringEvaluation.AgentMetrics> agents = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      double skill = (i * 7 % 20) / 10.0 - 1;
      agents.add(
          new ScoringEvaluation.AgentMetrics(skill, List.of(50 + 20 * skill, (i * 13 % 20) * 5.0)));
    }

    ScoringEvaluation.FittedWeighting fitted = ScoringEvaluation.fittedWeighting(List.of(agents));

    assertThat(fitted.spearman()).isEqualTo(1.0, offset(1e-9));
    assertThat(fitted.percentileError()).isEqualTo(0.0, offset(1e-9));
  }

  @Test
  void comesAboutAsCloseToSkillAsTheCardOrCloserWithAFittedWeighting() {
    List<ScoringEvaluation.Report> reports = new ArrayList<>();
    for (long seed = 1; seed <= 3; seed++) {
      reports.add(evaluation.evaluate(SimulationParameters.defaults(seed)));
    }

    ScoringEvaluation.FittedWeighting fitted =
        ScoringEvaluation.fittedWeighting(
            reports.stream().map(ScoringEvaluation.Report::hengMetrics).toList());

    double card =
        reports.stream().mapToDouble(report -> report.heng().spearman()).average().orElseThrow();
    assertThat(fitted.spearman()).isGreaterThan(card - 0.02).isLessThan(1.0);
    assertThat(reports.getFirst().hengMetrics()).hasSize(reports.getFirst().agents());
  }

  @Test
  void scoresOnEachCustomersHiddenDifficultyWhenToldIt() {
    SimulationParameters parameters = SimulationParameters.builder(4).agents(12).build();
    SyntheticTenant tenant = new SyntheticTenantGenerator().generate(parameters);
    ScoringPeriod period = ScoringEvaluation.period(parameters);
    ScoringInput input =
        new ScoringInput(
            period,
            tenant.agents(),
            tenant.customers(),
            tenant.tickets().stream().map(TicketFacts::of).toList(),
            tenant.contributions());

    ScoringResult known = ScoringEvaluation.scoreOnHiddenDifficulty(input, tenant.truth());

    for (Scorecard card : known.scorecards()) {
      assertThat(card.poolDifficulty())
          .as(card.agentId())
          .isEqualTo(tenant.truth().poolDifficulty().get(card.agentId()), offset(1e-9));
    }
    int graded =
        known.grading().customers().values().stream().mapToInt(CustomerDifficulty::tickets).sum();
    assertThat(graded).isEqualTo(tenant.tickets().size());
  }

  @Test
  void reportsTheScoringOnHiddenDifficultyBesideHengs() {
    ScoringEvaluation.Report report = evaluation.evaluate(SimulationParameters.defaults(2));

    assertThat(report.known().spearman()).isBetween(0.6, 1.0);
    assertThat(report.known().reliability()).isBetween(0.0, 1.0);
    assertThat(report.knownMetrics()).hasSize(report.agents());
    assertThat(report.knownMetrics()).isNotEqualTo(report.hengMetrics());
  }
}
