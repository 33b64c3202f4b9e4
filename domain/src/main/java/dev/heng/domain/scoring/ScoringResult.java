package dev.heng.domain.scoring;

import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring a period for a tenant.
 *
 * @param period the period
 * @param configVersion the configuration version used; 0 for the defaults
 * @param grading the customers' difficulty
 * @param scorecards one per scored agent, best total first (ties by agent id)
 * @param fairness the tenant-wide fairness summary
 * @param teamFairness team id to the team's fairness summary
 */
public record ScoringResult(
    ScoringPeriod period,
    int configVersion,
    DifficultyGrading grading,
    List<Scorecard> scorecards,
    FairnessSummary fairness,
    Map<String, FairnessSummary> teamFairness) {

  public ScoringResult {
    scorecards = List.copyOf(scorecards);
    teamFairness = Map.copyOf(teamFairness);
  }
}
