package dev.heng.domain.diagnosis;

import java.util.Arrays;

/**
 * How a set of scores is spread. Quartiles interpolate linearly between the sorted values (the
 * usual "type 7" definition: the median of an even count is the mean of the middle two).
 *
 * @param n the values, at least 0
 * @param mean their mean, or null for no values
 * @param sd their sample standard deviation (n - 1), or null below two values
 * @param min the smallest, or null for no values
 * @param q1 the first quartile, or null for no values
 * @param median the median, or null for no values
 * @param q3 the third quartile, or null for no values
 * @param max the largest, or null for no values
 * @param iqr the interquartile range {@code q3 - q1}, or null for no values
 */
public record Spread(
    int n,
    Double mean,
    Double sd,
    Double min,
    Double q1,
    Double median,
    Double q3,
    Double max,
    Double iqr) {

  /**
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public Spread {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
  }

  /**
   * The spread of the given values.
   *
   * @param values finite numbers in any order; not changed
   */
  public static Spread of(double[] values) {
    if (values.length == 0) {
      return new Spread(0, null, null, null, null, null, null, null, null);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double value : sorted) {
      sum += value;
    }
    double mean = sum / sorted.length;
    Double sd = null;
    if (sorted.length > 1) {
      double squares = 0;
      for (double value : sorted) {
        squares += (value - mean) * (value - mean);
      }
      sd = Math.sqrt(squares / (sorted.length - 1));
    }
    double q1 = quantile(sorted, 0.25);
    double q3 = quantile(sorted, 0.75);
    return new Spread(
        sorted.length,
        mean,
        sd,
        sorted[0],
        q1,
        quantile(sorted, 0.5),
        q3,
        sorted[sorted.length - 1],
        q3 - q1);
  }

  private static double quantile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
