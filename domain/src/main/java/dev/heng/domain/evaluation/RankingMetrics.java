package dev.heng.domain.evaluation;

import java.util.List;
import java.util.Set;

/**
 * Ranking quality over a set of queries, as the SemEval community-question-answering tasks report
 * it: mean average precision, mean reciprocal rank and precision at 1, each in [0, 1]. A query
 * without any relevant candidate counts 0 in all three.
 *
 * @param queries how many queries were ranked
 * @param map the mean over queries of {@code AP = sum(precision at k for each relevant k) / R},
 *     where {@code R} is the number of relevant candidates of the query
 * @param mrr the mean over queries of {@code 1 / rank of the first relevant candidate}
 * @param precisionAt1 the share of queries whose first candidate is relevant
 */
public record RankingMetrics(int queries, double map, double mrr, double precisionAt1) {

  /**
   * One query's ranking and its relevant candidates.
   *
   * @param ranking candidate ids, best first
   * @param relevant the ids of the relevant candidates; may be empty
   */
  public record RankedQuery(List<String> ranking, Set<String> relevant) {
    public RankedQuery {
      ranking = List.copyOf(ranking);
      relevant = Set.copyOf(relevant);
    }
  }

  /**
   * Scores the rankings.
   *
   * @throws IllegalArgumentException if there is no query
   */
  public static RankingMetrics of(List<RankedQuery> queries) {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("queries must not be empty");
    }
    double apSum = 0;
    double rrSum = 0;
    int firstRelevant = 0;
    for (RankedQuery query : queries) {
      int hits = 0;
      double precisions = 0;
      double reciprocal = 0;
      for (int k = 0; k < query.ranking().size(); k++) {
        if (query.relevant().contains(query.ranking().get(k))) {
          hits++;
          precisions += (double) hits / (k + 1);
          if (reciprocal == 0) {
            reciprocal = 1.0 / (k + 1);
          }
        }
      }
      apSum += query.relevant().isEmpty() ? 0 : precisions / query.relevant().size();
      rrSum += reciprocal;
      if (!query.ranking().isEmpty() && query.relevant().contains(query.ranking().getFirst())) {
        firstRelevant++;
      }
    }
    int n = queries.size();
    return new RankingMetrics(n, apSum / n, rrSum / n, (double) firstRelevant / n);
  }
}
