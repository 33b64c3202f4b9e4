package dev.heng.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringConfigTest {

  @Test
  void defaultsAreThreeFiveTwo() {
    ScoringConfig config = ScoringConfig.defaults();

    assertThat(config.problems()).isEmpty();
    assertThat(config.dimensionWeight(ScorecardDimension.BASIC)).isEqualTo(30);
    assertThat(config.dimensionWeight(ScorecardDimension.QUALITY)).isEqualTo(50);
    assertThat(config.dimensionWeight(ScorecardDimension.DEVELOPMENT)).isEqualTo(20);
  }

  @Test
  void refusesWeightsThatDoNotSumToOneHundred() {
    List<MetricSetting> metrics = new ArrayList<>(ScoringConfig.defaults().metrics());
    metrics.set(0, new MetricSetting(Metric.WEIGHTED_VOLUME, 20, Normalisation.peers()));

    List<ConfigProblem> problems = withMetrics(metrics).problems();

    assertThat(problems)
        .containsExactly(new ConfigProblem("metrics", "weights must sum to 100, summed to 105.0"));
  }

  @Test
  void refusesAWeightOutsideItsRangeAndAMetricNamedTwice() {
    List<MetricSetting> metrics =
        List.of(
            new MetricSetting(Metric.SATISFACTION, 150, Normalisation.peers()),
            new MetricSetting(Metric.SATISFACTION, -50, Normalisation.peers()));

    List<ConfigProblem> problems = withMetrics(metrics).problems();

    assertThat(problems)
        .extracting(ConfigProblem::field)
        .contains("metrics[0].weight", "metrics[1].metric", "metrics[1].weight");
  }

  @Test
  void refusesATargetWithoutSpreadAndPeersWithATarget() {
    List<MetricSetting> metrics =
        List.of(
            new MetricSetting(
                Metric.TRAINING, 50, new Normalisation(Normalisation.Mode.TARGET, 80.0, 80.0)),
            new MetricSetting(
                Metric.SATISFACTION, 50, new Normalisation(Normalisation.Mode.PEERS, 1.0, null)));

    List<ConfigProblem> problems = withMetrics(metrics).problems();

    assertThat(problems)
        .extracting(ConfigProblem::field)
        .containsExactly("metrics[0].normalisation.target", "metrics[1].normalisation");
  }

  @Test
  void refusesBadGradingWorkloadAndQualitySettings() {
    ScoringConfig defaults = ScoringConfig.defaults();
    ScoringConfig config =
        new ScoringConfig(
            new DifficultySettings(
                DifficultySettings.WeightSource.CONFIGURED,
                Map.of(DifficultyDimension.SEGMENT, 3.0),
                3,
                -1),
            new WorkloadSettings(
                0,
                1.5,
                WorkloadSettings.LoadBasis.CUSTOMERS,
                WorkloadSettings.DifficultyBasis.POOL,
                List.of(new UrgentTier(60, 0.01), new UrgentTier(15, 0.01)),
                2),
            new QualitySettings(-5, true, 1.0),
            defaults.metrics(),
            25);

    List<ConfigProblem> problems = config.problems();

    assertThat(problems)
        .extracting(ConfigProblem::field)
        .containsExactlyInAnyOrder(
            "difficulty.weights.segment",
            "difficulty.historyDays",
            "difficulty.shrinkageTickets",
            "workload.industryBaseline",
            "workload.industryBlend",
            "workload.urgentTiers[1].withinMinutes",
            "workload.urgentBonusCap",
            "quality.shrinkageTickets",
            "quality.intervalLevel",
            "teamBonusPoints");
  }

  private static ScoringConfig withMetrics(List<MetricSetting> metrics) {
    ScoringConfig defaults = ScoringConfig.defaults();
    return new ScoringConfig(
        defaults.difficulty(), defaults.workload(), defaults.quality(), metrics, 0);
  }
}
