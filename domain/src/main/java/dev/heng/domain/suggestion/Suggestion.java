package dev.heng.domain.suggestion;

/**
 * What an agent could do about one weak metric, each part with its evidence.
 *
 * @param gap how far the metric lies behind the peers
 * @param sentence the gap in one plain sentence
 * @param articles the articles top performers reuse for the agent's categories
 * @param training training that preceded improvement among peers, or why there is no such evidence
 * @param tickets the agent's tickets that show the gap
 */
public record Suggestion(
    MetricGap gap,
    String sentence,
    ArticleAdvice articles,
    TrainingAdvice training,
    TicketAdvice tickets) {

  /**
   * @throws IllegalArgumentException if a part is null
   */
  public Suggestion {
    if (gap == null
        || sentence == null
        || articles == null
        || training == null
        || tickets == null) {
      throw new IllegalArgumentException("every part of a suggestion must be set");
    }
  }
}
