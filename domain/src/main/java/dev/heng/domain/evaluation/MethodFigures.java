package dev.heng.domain.evaluation;

/**
 * How well one scoring method recovered the hidden truth of a synthetic tenant.
 *
 * @param spearman Spearman's correlation of total score with hidden skill, -1..1
 * @param percentileError mean absolute difference, in percentile points 0..100, between an agent's
 *     score percentile and its hidden-skill percentile
 * @param loadCorrelation partial correlation of score with hidden load, hidden skill held fixed
 * @param difficultyCorrelation partial correlation of score with hidden pool difficulty, hidden
 *     skill held fixed
 * @param rankMoves share of agents, 0..1, whose rank by score lies more than 10 places from their
 *     rank by hidden skill
 */
public record MethodFigures(
    double spearman,
    double percentileError,
    double loadCorrelation,
    double difficultyCorrelation,
    double rankMoves) {
  /**
   * The mean of each figure over several runs.
   *
   * @throws IllegalArgumentException if there are none
   */
  public static MethodFigures mean(java.util.List<MethodFigures> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("runs must not be empty");
    }
    double[] sums = new double[5];
    for (MethodFigures run : runs) {
      sums[0] += run.spearman();
      sums[1] += run.percentileError();
      sums[2] += run.loadCorrelation();
      sums[3] += run.difficultyCorrelation();
      sums[4] += run.rankMoves();
    }
    int n = runs.size();
    return new MethodFigures(sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n);
  }
}
