package dev.heng.adapter.in.web;

import dev.heng.domain.scoring.DifficultyDimension;
import java.util.List;

/**
 * A customer's difficulty coefficient with the contribution of every dimension: {@code
 * ln(coefficient) = sum of contributions - ln(normaliser)}.
 */
record DifficultyView(
    String customerId,
    String agentId,
    double coefficient,
    int tickets,
    double normaliser,
    List<ContributionView> dimensions) {

  /** One dimension's part; {@code missing} when the customer had no value, so it did not count. */
  record ContributionView(
      DifficultyDimension dimension,
      Double value,
      double standardised,
      double weight,
      double contribution,
      boolean missing) {}
}
