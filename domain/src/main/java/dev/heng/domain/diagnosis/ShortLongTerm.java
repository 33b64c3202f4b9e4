package dev.heng.domain.diagnosis;

import java.util.List;

/**
 * Short against long term: whether the customers who were satisfied in the quarter are the ones who
 * stay and bring value. A customer was served when a ticket it raised in the quarter was assigned
 * to an agent in scope; its satisfaction is the mean rating (1..5) of those tickets.
 *
 * @param customersServed customers served in the quarter
 * @param customersRated of them, those who rated at least one of those tickets
 * @param bands the rated customers by satisfaction band, low to high
 * @param satisfactionLifetimeValue Spearman's correlation of a rated customer's satisfaction with
 *     its lifetime value, over the rated customers with one on record
 * @param satisfactionRetention Pearson's correlation of a rated customer's satisfaction with being
 *     retained (1 when not churned, 0 when churned)
 * @param finding one or two sentences saying what the figures show
 */
public record ShortLongTerm(
    int customersServed,
    int customersRated,
    List<SatisfactionBand> bands,
    Correlation satisfactionLifetimeValue,
    Correlation satisfactionRetention,
    String finding) {

  /**
   * @throws IllegalArgumentException if a correlation or the finding is null
   */
  public ShortLongTerm {
    if (satisfactionLifetimeValue == null || satisfactionRetention == null || finding == null) {
      throw new IllegalArgumentException("correlations and finding must not be null");
    }
    bands = List.copyOf(bands);
  }
}
