package dev.heng.application.port.in;

import dev.heng.domain.scoring.DifficultyGrading;
import dev.heng.domain.scoring.FairnessSummary;

/** What became of a request to score a period. */
public sealed interface ScoringRun {

  /**
   * The period was scored and its scorecards replaced.
   *
   * @param period the period's label
   * @param configVersion the configuration version used, 0 for the defaults
   * @param agents scorecards written
   * @param customers customers graded
   * @param tickets tickets of the period scored
   * @param weightSource where the difficulty weights came from
   * @param fairness the tenant-wide fairness summary
   */
  record Completed(
      String period,
      int configVersion,
      int agents,
      int customers,
      int tickets,
      DifficultyGrading.Source weightSource,
      FairnessSummary fairness)
      implements ScoringRun {}

  /**
   * The caller may not start scoring runs; nothing was written.
   *
   * @param reason why, readable by the caller
   */
  record Forbidden(String reason) implements ScoringRun {}
}
