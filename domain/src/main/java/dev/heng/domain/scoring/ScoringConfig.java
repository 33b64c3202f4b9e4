package dev.heng.domain.scoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A tenant's scoring model: how customers are graded, how workload and quality are measured, and
 * which metrics make up the scorecard with what weight. A configuration may break rules ({@link
 * #problems()} lists them); only one without problems is stored and used.
 *
 * @param difficulty customer grading
 * @param workload the effective workload coefficient
 * @param quality observed-over-expected judgement
 * @param metrics the scorecard's metrics, each at most once, weights summing to 100
 * @param teamBonusPoints points, 0..20, added to every member of a team whose mean score lies a
 *     standard deviation or more above the tenant's mean (proportionally less for less); 0 switches
 *     the team bonus off
 */
public record ScoringConfig(
    DifficultySettings difficulty,
    WorkloadSettings workload,
    QualitySettings quality,
    List<MetricSetting> metrics,
    double teamBonusPoints) {

  /** How far the weights may stray from 100 in sum, for decimal fractions typed by people. */
  private static final double WEIGHT_TOLERANCE = 1e-6;

  public ScoringConfig {
    if (difficulty == null || workload == null || quality == null) {
      throw new IllegalArgumentException("difficulty, workload and quality must not be null");
    }
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
  }

  /**
   * The default "3+5+2" scorecard. Basic 30: weighted volume 15 (0 points at a workload coefficient
   * of 0.5, full points from 0.8, four fifths of the baseline load: agents do not choose their
   * pools, so only a clearly light load is marked down and a heavy one earns nothing extra), first
   * response 15 (full points at or under the expected time, 0 at twice it). Quality 50 against
   * peers: resolution rate 10, satisfaction 14, complaint rate 8, knowledge contribution 8,
   * knowledge retrieval 10. Development 20: adopted suggestions 5 and collaboration 5 against
   * peers, training 10 (0 points at a mean score of 50, full points from 90).
   */
  public static ScoringConfig defaults() {
    return new ScoringConfig(
        DifficultySettings.defaults(),
        WorkloadSettings.defaults(),
        QualitySettings.defaults(),
        List.of(
            new MetricSetting(Metric.WEIGHTED_VOLUME, 15, Normalisation.target(0.5, 0.8)),
            new MetricSetting(Metric.FIRST_RESPONSE, 15, Normalisation.target(2.0, 1.0)),
            new MetricSetting(Metric.RESOLUTION_RATE, 10, Normalisation.peers()),
            new MetricSetting(Metric.SATISFACTION, 14, Normalisation.peers()),
            new MetricSetting(Metric.COMPLAINT_RATE, 8, Normalisation.peers()),
            new MetricSetting(Metric.KNOWLEDGE_CONTRIBUTION, 8, Normalisation.peers()),
            new MetricSetting(Metric.KNOWLEDGE_RETRIEVAL, 10, Normalisation.peers()),
            new MetricSetting(Metric.ADOPTED_SUGGESTIONS, 5, Normalisation.peers()),
            new MetricSetting(Metric.COLLABORATION, 5, Normalisation.peers()),
            new MetricSetting(Metric.TRAINING, 10, Normalisation.target(50, 90))),
        0);
  }

  /**
   * Lists every rule this configuration breaks.
   *
   * @return the problems, each naming its field; empty when the configuration is valid
   */
  public List<ConfigProblem> problems() {
    List<ConfigProblem> problems = new ArrayList<>();
    problems.addAll(difficulty.problems("difficulty"));
    problems.addAll(workload.problems("workload"));
    problems.addAll(quality.problems("quality"));
    if (metrics.isEmpty()) {
      problems.add(new ConfigProblem("metrics", "must name at least one metric"));
    }
    Set<Metric> seen = EnumSet.noneOf(Metric.class);
    double sum = 0;
    for (int i = 0; i < metrics.size(); i++) {
      String field = "metrics[" + i + "]";
      MetricSetting setting = metrics.get(i);
      if (setting == null || setting.metric() == null) {
        problems.add(new ConfigProblem(field + ".metric", "must name a metric of the catalogue"));
        continue;
      }
      if (!seen.add(setting.metric())) {
        problems.add(
            new ConfigProblem(
                field + ".metric", "names " + setting.metric().key() + " a second time"));
      }
      if (!(setting.weight() >= 0 && setting.weight() <= 100)) {
        problems.add(
            new ConfigProblem(field + ".weight", "must be 0 to 100, was " + setting.weight()));
      } else {
        sum += setting.weight();
      }
      problems.addAll(normalisationProblems(field + ".normalisation", setting.normalisation()));
    }
    if (!metrics.isEmpty() && Math.abs(sum - 100) > WEIGHT_TOLERANCE) {
      problems.add(new ConfigProblem("metrics", "weights must sum to 100, summed to " + sum));
    }
    if (!(teamBonusPoints >= 0 && teamBonusPoints <= 20)) {
      problems.add(new ConfigProblem("teamBonusPoints", "must be 0 to 20, was " + teamBonusPoints));
    }
    return problems;
  }

  /** The configured weight of a scorecard dimension: the sum of its metrics' weights. */
  public double dimensionWeight(ScorecardDimension dimension) {
    double sum = 0;
    for (MetricSetting setting : metrics) {
      if (setting.metric().dimension() == dimension) {
        sum += setting.weight();
      }
    }
    return sum;
  }

  private static List<ConfigProblem> normalisationProblems(String field, Normalisation n) {
    if (n == null) {
      return List.of(new ConfigProblem(field, "must not be null"));
    }
    if (n.mode() == Normalisation.Mode.PEERS) {
      if (n.floor() != null || n.target() != null) {
        return List.of(new ConfigProblem(field, "takes no floor or target against peers"));
      }
      return List.of();
    }
    if (n.floor() == null
        || n.target() == null
        || !Double.isFinite(n.floor())
        || !Double.isFinite(n.target())) {
      return List.of(
          new ConfigProblem(
              field, "needs a finite floor and target, were " + n.floor() + " and " + n.target()));
    }
    if (n.floor().equals(n.target())) {
      return List.of(
          new ConfigProblem(
              field + ".target", "must differ from the floor, both were " + n.floor()));
    }
    return List.of();
  }
}
