package dev.heng.domain.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks the paths that similar resolved tickets took by how well they worked. Each resolved ticket
 * votes for every article linked to it and for its resolution text (compared in lower case with
 * runs of white space collapsed), with weight {@code s = score / bestScore}. A path's rank is
 *
 * <pre>
 * rank = (sum(s * w) + PRIOR_WEIGHT * PRIOR_OUTCOME) / (sum(s) + PRIOR_WEIGHT)
 * </pre>
 *
 * where {@code w} is each ticket's {@link ResolutionOutcome#weight()}: a mean outcome pulled
 * towards 0.5 by one pseudo-ticket, so that one lucky ticket does not outrank a path that worked
 * five times. Open tickets take no part.
 */
public final class SolutionPathRanker {

  /** Weight of the pseudo-ticket every path starts with. */
  public static final double PRIOR_WEIGHT = 1.0;

  /** Outcome weight of that pseudo-ticket. */
  public static final double PRIOR_OUTCOME = 0.5;

  private SolutionPathRanker() {}

  /**
   * Ranks the paths of the given similar tickets, best first; ties go to the path more tickets
   * took.
   *
   * @param similar the similar tickets, in any order
   * @param limit the most paths to answer, 1 or more
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public static List<SolutionPath> rank(List<SimilarTicket> similar, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
    }
    List<SimilarTicket> resolved =
        similar.stream()
            .filter(candidate -> candidate.ticket().resolved())
            .sorted(Comparator.comparingDouble(SimilarTicket::score).reversed())
            .toList();
    if (resolved.isEmpty()) {
      return List.of();
    }

    double best = resolved.getFirst().score();
    Map<String, List<SimilarTicket>> byArticle = new LinkedHashMap<>();
    Map<String, List<SimilarTicket>> byApproach = new LinkedHashMap<>();
    Map<String, String> approachText = new LinkedHashMap<>();
    for (SimilarTicket candidate : resolved) {
      for (String articleId : candidate.linkedArticleIds()) {
        byArticle.computeIfAbsent(articleId, id -> new ArrayList<>()).add(candidate);
      }
      String resolution = candidate.ticket().resolution();
      if (resolution != null && !resolution.isBlank()) {
        String key = resolution.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        approachText.putIfAbsent(key, resolution.strip());
        byApproach.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
      }
    }

    List<SolutionPath> paths = new ArrayList<>();
    byArticle.forEach((articleId, tickets) -> paths.add(path(articleId, null, tickets, best)));
    byApproach.forEach(
        (key, tickets) -> paths.add(path(null, approachText.get(key), tickets, best)));
    paths.sort(
        Comparator.comparingDouble(SolutionPath::rank)
            .reversed()
            .thenComparing(Comparator.comparingInt(SolutionPath::tickets).reversed()));
    return List.copyOf(paths.subList(0, Math.min(limit, paths.size())));
  }

  private static SolutionPath path(
      String articleId, String approach, List<SimilarTicket> tickets, double best) {
    double weighted = 0;
    double weights = 0;
    int firstContact = 0;
    int reopened = 0;
    int rated = 0;
    double ratings = 0;
    List<Integer> handles = new ArrayList<>();
    for (SimilarTicket candidate : tickets) {
      ResolutionOutcome outcome = candidate.ticket().outcome();
      double similarity = candidate.score() / best;
      weighted += similarity * outcome.weight();
      weights += similarity;
      firstContact += outcome.firstContact() ? 1 : 0;
      reopened += outcome.reopened() ? 1 : 0;
      if (outcome.satisfaction() != null) {
        rated++;
        ratings += outcome.satisfaction();
      }
      if (outcome.handleSeconds() != null) {
        handles.add(outcome.handleSeconds());
      }
    }
    handles.sort(Integer::compare);
    Double medianHandle = null;
    if (!handles.isEmpty()) {
      int middle = handles.size() / 2;
      medianHandle =
          handles.size() % 2 == 1
              ? handles.get(middle)
              : (handles.get(middle - 1) + handles.get(middle)) / 2.0;
    }
    double rank = (weighted + PRIOR_WEIGHT * PRIOR_OUTCOME) / (weights + PRIOR_WEIGHT);
    return new SolutionPath(
        articleId,
        approach,
        rank,
        tickets.size(),
        firstContact,
        reopened,
        rated == 0 ? null : ratings / rated,
        medianHandle,
        tickets.stream().map(candidate -> candidate.ticket().ticketId()).toList());
  }
}
