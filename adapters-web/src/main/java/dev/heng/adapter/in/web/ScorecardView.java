package dev.heng.adapter.in.web;

import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.ScorecardDimension;
import java.util.List;

/**
 * An agent's scorecard as the API shows it: the total, and for every dimension and metric the raw
 * value, the expected value where it is adjusted for case mix, the normalised value, the weight and
 * the points it contributes, with the workload and difficulty inputs behind them.
 */
record ScorecardView(
    String agentId,
    String teamId,
    String period,
    int configVersion,
    double total,
    double teamBonus,
    WorkloadView workload,
    double poolDifficulty,
    List<DimensionView> dimensions) {

  /** The effective workload coefficient and its terms. */
  record WorkloadView(
      int poolSize,
      int handledTickets,
      double actualLoad,
      double baselineLoad,
      double difficultyFactor,
      int urgentTickets,
      double urgentBonus,
      double coefficient) {}

  /** One dimension of the card. */
  record DimensionView(
      ScorecardDimension dimension, double weight, Double score, List<MetricView> metrics) {}

  /** One metric of the card and how it was reached. */
  record MetricView(
      Metric metric,
      Double value,
      Double expected,
      Double ratio,
      Double low,
      Double high,
      int observations,
      Double normalised,
      double weight,
      double effectiveWeight,
      double contribution,
      String explanation) {}
}
