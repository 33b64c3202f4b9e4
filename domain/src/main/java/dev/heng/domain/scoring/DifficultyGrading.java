package dev.heng.domain.scoring;

import java.util.Map;

/**
 * The difficulty of every customer of a tenant, with the weights and scales behind it. A graded
 * customer's contributions follow from its values, the weights and the scales, as {@link
 * DimensionContribution#of} derives them.
 *
 * @param source where the weights came from
 * @param weights the weight of each dimension (change in ln handle effort per standard deviation)
 * @param scales how each dimension was standardised; empty for a grading made without values
 * @param fitTickets the tickets the weights were fitted on; 0 when they were not fitted
 * @param customers customer id to its difficulty
 */
public record DifficultyGrading(
    Source source,
    Map<DifficultyDimension, Double> weights,
    Map<DifficultyDimension, DimensionScale> scales,
    int fitTickets,
    Map<String, CustomerDifficulty> customers) {

  /** Where the weights of a grading came from. */
  public enum Source {
    /** Fitted from the tenant's history. */
    FITTED,
    /** Configured by the tenant. */
    CONFIGURED,
    /** Heng's defaults: fitting was asked for but the history was too thin. */
    DEFAULT
  }

  public DifficultyGrading {
    if (source == null) {
      throw new IllegalArgumentException("source must not be null");
    }
    weights = Map.copyOf(weights);
    scales = Map.copyOf(scales);
    customers = Map.copyOf(customers);
  }

  /** A customer's coefficient, or 1.0 (the average) for a customer the grading does not know. */
  public double coefficient(String customerId) {
    CustomerDifficulty difficulty = customers.get(customerId);
    return difficulty == null ? 1.0 : difficulty.coefficient();
  }
}
