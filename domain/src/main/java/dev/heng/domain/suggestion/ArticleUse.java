package dev.heng.domain.suggestion;

import java.util.List;

/**
 * How the top performers on a metric reused one article on tickets of the agent's categories.
 *
 * @param articleId the article's external id
 * @param title its title, or null when the tenant has no such article any more
 * @param categories the categories of the tickets it was linked to, sorted
 * @param reuses how many links the top performers made to it in the period
 * @param reusers how many top performers made them
 * @param reusedBy those of them the reader may see, sorted
 * @param ticketIds the tickets it was linked to, sorted
 * @param meanOutcome the mean outcome weight of those tickets, 0..1 (see {@code ResolutionOutcome})
 * @param firstContact how many of them were resolved at first contact
 * @param reopened how many were reopened
 * @param meanSatisfaction their mean rating 1..5, or null when none was rated
 * @param agentReuses how often the agent itself linked the article in the period
 */
public record ArticleUse(
    String articleId,
    String title,
    List<String> categories,
    int reuses,
    int reusers,
    List<String> reusedBy,
    List<String> ticketIds,
    double meanOutcome,
    int firstContact,
    int reopened,
    Double meanSatisfaction,
    int agentReuses) {

  /**
   * @throws IllegalArgumentException if the article id is null
   */
  public ArticleUse {
    if (articleId == null) {
      throw new IllegalArgumentException("articleId must not be null");
    }
    categories = List.copyOf(categories);
    reusedBy = List.copyOf(reusedBy);
    ticketIds = List.copyOf(ticketIds);
  }
}
