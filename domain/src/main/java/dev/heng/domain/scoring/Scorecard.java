package dev.heng.domain.scoring;

import java.util.List;

/**
 * An agent's score for a period, with everything behind it.
 *
 * @param agentId the agent's external id
 * @param teamId the agent's team, or null
 * @param period the period's label, such as {@code 2026-11}
 * @param configVersion the version of the tenant's scoring configuration used; 0 for the defaults
 * @param total the score 0..100: the metrics' contributions plus the team bonus, at most 100
 * @param teamBonus the points added for the team's standing, 0 when switched off
 * @param workload the agent's effective workload and its inputs
 * @param poolDifficulty the mean difficulty of the customers the agent keeps; 1.0 without any
 * @param dimensions basic, quality and development, each with its metrics
 */
public record Scorecard(
    String agentId,
    String teamId,
    String period,
    int configVersion,
    double total,
    double teamBonus,
    Workload workload,
    double poolDifficulty,
    List<DimensionScore> dimensions) {

  public Scorecard {
    if (agentId == null || period == null || workload == null) {
      throw new IllegalArgumentException("agentId, period and workload must not be null");
    }
    dimensions = List.copyOf(dimensions);
  }
}
