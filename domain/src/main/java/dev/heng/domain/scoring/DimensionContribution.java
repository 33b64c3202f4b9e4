package dev.heng.domain.scoring;

/**
 * How much one dimension moved a customer's difficulty.
 *
 * @param dimension the dimension
 * @param value the customer's value (after shrinkage for history rates), or null when missing
 * @param standardised the value in tenant standard deviations from the tenant mean; 0 when missing
 * @param weight the dimension's weight for this customer: 0 when the value is missing
 * @param contribution {@code weight x standardised}, the dimension's share of ln(difficulty)
 */
public record DimensionContribution(
    DifficultyDimension dimension,
    Double value,
    double standardised,
    double weight,
    double contribution) {

  public DimensionContribution {
    if (dimension == null) {
      throw new IllegalArgumentException("dimension must not be null");
    }
  }

  /**
   * The contribution a value makes on its dimension's scale and weight: a missing value contributes
   * nothing and takes no weight.
   *
   * @param value the customer's value, or null when missing
   */
  public static DimensionContribution of(
      DifficultyDimension dimension, Double value, DimensionScale scale, double weight) {
    if (value == null) {
      return new DimensionContribution(dimension, null, 0, 0, 0);
    }
    double standardised = scale.z(value);
    return new DimensionContribution(dimension, value, standardised, weight, weight * standardised);
  }

  /** Whether the customer had no value for this dimension, so it did not count. */
  public boolean missing() {
    return value == null;
  }
}
