package dev.heng.domain.scoring;

/**
 * How a group's scores relate to what the agents were given to carry. Values near 0 mean the scores
 * neither reward nor punish load or hard customers; they are undefined (null) below three agents or
 * without spread.
 *
 * @param agents the agents in the group
 * @param scoreLoadCorrelation Pearson's correlation of total score with workload coefficient
 * @param scoreDifficultyCorrelation Pearson's correlation of total score with pool difficulty
 */
public record FairnessSummary(
    int agents, Double scoreLoadCorrelation, Double scoreDifficultyCorrelation) {

  /** Summarises the given scorecards. */
  public static FairnessSummary of(java.util.List<Scorecard> scorecards) {
    double[] totals = new double[scorecards.size()];
    double[] loads = new double[scorecards.size()];
    double[] difficulty = new double[scorecards.size()];
    for (int i = 0; i < scorecards.size(); i++) {
      totals[i] = scorecards.get(i).total();
      loads[i] = scorecards.get(i).workload().coefficient();
      difficulty[i] = scorecards.get(i).poolDifficulty();
    }
    return new FairnessSummary(
        scorecards.size(),
        defined(scorecards.size(), Statistics.pearson(totals, loads)),
        defined(scorecards.size(), Statistics.pearson(totals, difficulty)));
  }

  private static Double defined(int agents, double value) {
    return agents < 3 || Double.isNaN(value) ? null : value;
  }
}
