package dev.heng.domain.suggestion;

import java.util.List;

/**
 * The articles the top performers among the peers reuse for the problem categories the agent
 * handles.
 *
 * @param categories the agent's categories in the period, most tickets first
 * @param topPerformers how many peers count as top performers on the metric
 * @param topPerformerIds those of them the reader may see, best first
 * @param articles the articles they reused on tickets of those categories, most reused first
 * @param sentence what this says, in one plain sentence
 */
public record ArticleAdvice(
    List<String> categories,
    int topPerformers,
    List<String> topPerformerIds,
    List<ArticleUse> articles,
    String sentence) {

  /**
   * @throws IllegalArgumentException if the sentence is null
   */
  public ArticleAdvice {
    if (sentence == null) {
      throw new IllegalArgumentException("sentence must not be null");
    }
    categories = List.copyOf(categories);
    topPerformerIds = List.copyOf(topPerformerIds);
    articles = List.copyOf(articles);
  }
}
