package dev.heng.domain.knowledge;

import java.time.Instant;

/**
 * One reuse of an author's article by another agent, with the credit it earned: the line a
 * knowledge manager audits.
 *
 * @param ticketId the ticket it was linked to
 * @param articleId the article
 * @param reusedBy the agent who linked it
 * @param reusedAt when
 * @param outcome how the ticket went; an open ticket earns nothing yet
 * @param credit {@code reusePoints * outcome.weight()}, 0 or more
 */
public record CreditedReuse(
    String ticketId,
    String articleId,
    String reusedBy,
    Instant reusedAt,
    ResolutionOutcome outcome,
    double credit) {

  /**
   * @throws IllegalArgumentException if a value is null or the credit negative
   */
  public CreditedReuse {
    if (ticketId == null || articleId == null || reusedBy == null || reusedAt == null) {
      throw new IllegalArgumentException(
          "ticketId, articleId, reusedBy and reusedAt must not be null, ticket " + ticketId);
    }
    if (outcome == null || !(credit >= 0)) {
      throw new IllegalArgumentException(
          "outcome must not be null and credit not negative, credit was " + credit);
    }
  }
}
