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
 * @param reliability split-half reliability of the score: the tenant's tickets are split in two,
 *     each half is scored alone, and the rank correlation of the two halves' totals is stepped up
 *     to the whole tenant (Spearman-Brown). Its square root bounds how closely a score this noisy
 *     could follow anything; a score more reliable than it is valid is held back by something the
 *     halves share that is not skill, such as load, rather than by too few tickets
 */
public record MethodFigures(
    double spearman,
    double percentileError,
    double loadCorrelation,
    double difficultyCorrelation,
    double rankMoves,
    double reliability) {
  /**
   * The mean of each figure over several runs.
   *
   * @throws IllegalArgumentException if there are none
   */
  public static MethodFigures mean(java.util.List<MethodFigures> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("runs must not be empty");
    }
    double[] sums = new double[6];
    for (MethodFigures run : runs) {
      sums[0] += run.spearman();
      sums[1] += run.percentileError();
      sums[2] += run.loadCorrelation();
      sums[3] += run.difficultyCorrelation();
      sums[4] += run.rankMoves();
      sums[5] += run.reliability();
    }
    int n = runs.size();
    return new MethodFigures(
        sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n, sums[5] / n);
  }
}
