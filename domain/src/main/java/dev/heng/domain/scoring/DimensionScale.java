package dev.heng.domain.scoring;

/**
 * How a grading standardised one dimension: its mean and standard deviation over the tenant's
 * customers that have a value for it.
 *
 * @param mean the mean value
 * @param sd the standard deviation, 0 or more; below {@link #NO_SPREAD} the dimension does not vary
 */
public record DimensionScale(double mean, double sd) {

  /** A standard deviation below this is taken as no spread at all. */
  public static final double NO_SPREAD = 1e-12;

  /**
   * @throws IllegalArgumentException if the mean is not finite or the deviation is negative or not
   *     finite
   */
  public DimensionScale {
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("mean must be finite, was " + mean);
    }
    if (!(sd >= 0) || Double.isInfinite(sd)) {
      throw new IllegalArgumentException("sd must be finite and not negative, was " + sd);
    }
  }

  /**
   * The value in standard deviations from the mean; 0 when it is NaN or the scale has no spread.
   */
  public double z(double value) {
    if (Double.isNaN(value) || sd < NO_SPREAD) {
      return 0;
    }
    return (value - mean) / sd;
  }
}
