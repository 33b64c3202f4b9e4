package dev.heng.domain.knowledge;

import java.util.List;

/**
 * One way similar tickets were resolved: an article they linked, or a resolution approach they
 * wrote down, with the evidence behind its rank.
 *
 * @param articleId the article, or null for a resolution approach
 * @param approach the resolution text shared by the tickets, or null for an article
 * @param rank the smoothed, similarity-weighted mean outcome weight, in [0, 1]; see {@link
 *     SolutionPathRanker}
 * @param tickets how many similar resolved tickets took this path
 * @param firstContact of those, how many were resolved at first contact
 * @param reopened of those, how many were reopened
 * @param meanSatisfaction their mean rating 1..5, or null when none was rated
 * @param medianHandleSeconds their median handle time in seconds, or null when none is known
 * @param evidence the tickets, most similar first
 */
public record SolutionPath(
    String articleId,
    String approach,
    double rank,
    int tickets,
    int firstContact,
    int reopened,
    Double meanSatisfaction,
    Double medianHandleSeconds,
    List<String> evidence) {

  /**
   * @throws IllegalArgumentException unless exactly one of article and approach is given
   */
  public SolutionPath {
    if ((articleId == null) == (approach == null)) {
      throw new IllegalArgumentException(
          "exactly one of articleId and approach must be given, were "
              + articleId
              + " and "
              + approach);
    }
    evidence = List.copyOf(evidence);
  }
}
