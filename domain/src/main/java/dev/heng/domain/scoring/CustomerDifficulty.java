package dev.heng.domain.scoring;

import java.util.List;

/**
 * A customer's difficulty coefficient and its derivation. {@code ln(coefficient)} is the sum of the
 * contributions minus {@code ln(normaliser)}, the term that makes the tenant's mean coefficient 1.
 *
 * @param customerId the customer's external id
 * @param agentId the agent who keeps the customer, or null
 * @param coefficient the difficulty, positive, 1.0 for the tenant's average customer
 * @param tickets the customer's tickets in the grading window, the evidence behind the history
 *     dimensions
 * @param normaliser the tenant-wide divisor that centres the coefficients on 1
 * @param contributions one entry per dimension, in dimension order
 */
public record CustomerDifficulty(
    String customerId,
    String agentId,
    double coefficient,
    int tickets,
    double normaliser,
    List<DimensionContribution> contributions) {

  /**
   * @throws IllegalArgumentException naming the value if the id is null, or the coefficient or
   *     normaliser is not positive and finite, or tickets is negative
   */
  public CustomerDifficulty {
    if (customerId == null) {
      throw new IllegalArgumentException("customerId must not be null");
    }
    if (!(coefficient > 0) || Double.isInfinite(coefficient)) {
      throw new IllegalArgumentException(
          "coefficient must be positive and finite, was " + coefficient);
    }
    if (!(normaliser > 0) || Double.isInfinite(normaliser)) {
      throw new IllegalArgumentException(
          "normaliser must be positive and finite, was " + normaliser);
    }
    if (tickets < 0) {
      throw new IllegalArgumentException("tickets must not be negative, was " + tickets);
    }
    contributions = List.copyOf(contributions);
  }
}
