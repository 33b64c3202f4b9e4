package dev.heng.domain.scoring;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Descriptive statistics over paired samples, for fairness summaries and evaluations. Every method
 * takes arrays of equal length and answers {@link Double#NaN} when the answer is undefined (fewer
 * than two values, or no spread).
 */
public final class Statistics {

  private Statistics() {}

  /** The arithmetic mean, or NaN for no values. */
  public static double mean(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  /** The sample standard deviation (n - 1 in the denominator), or NaN below two values. */
  public static double standardDeviation(double[] values) {
    if (values.length < 2) {
      return Double.NaN;
    }
    double mean = mean(values);
    double sum = 0;
    for (double value : values) {
      sum += (value - mean) * (value - mean);
    }
    return Math.sqrt(sum / (values.length - 1));
  }

  /**
   * Pearson's correlation of x and y.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static double pearson(double[] x, double[] y) {
    requireSameLength(x, y);
    if (x.length < 2) {
      return Double.NaN;
    }
    double meanX = mean(x);
    double meanY = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - meanX) * (y[i] - meanY);
      sxx += (x[i] - meanX) * (x[i] - meanX);
      syy += (y[i] - meanY) * (y[i] - meanY);
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /**
   * Spearman's rank correlation of x and y: Pearson's correlation of their ranks, ties sharing
   * their mean rank.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static double spearman(double[] x, double[] y) {
    requireSameLength(x, y);
    return pearson(ranks(x), ranks(y));
  }

  /**
   * The partial correlation of x and y given z: the correlation of what is left of x and of y once
   * each is regressed linearly on z.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static double partialCorrelation(double[] x, double[] y, double[] z) {
    requireSameLength(x, y);
    requireSameLength(x, z);
    return pearson(residuals(x, z), residuals(y, z));
  }

  /**
   * Ranks from 1 (smallest) to n (largest); tied values share the mean of their ranks.
   *
   * @return a new array of ranks in the order of {@code values}
   */
  public static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(index -> values[index]));
    double[] ranks = new double[values.length];
    int start = 0;
    while (start < order.length) {
      int end = start;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double rank = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        ranks[order[k]] = rank;
      }
      start = end + 1;
    }
    return ranks;
  }

  /**
   * Percentiles 0..100 from ranks: the smallest value is at 0, the largest at 100, ties share.
   *
   * @return a new array; a single value is at 50
   */
  public static double[] percentiles(double[] values) {
    if (values.length == 1) {
      return new double[] {50};
    }
    double[] ranks = ranks(values);
    double[] percentiles = new double[values.length];
    for (int i = 0; i < ranks.length; i++) {
      percentiles[i] = 100.0 * (ranks[i] - 1) / (values.length - 1);
    }
    return percentiles;
  }

  private static double[] residuals(double[] y, double[] x) {
    double meanX = mean(x);
    double meanY = mean(y);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - meanX) * (y[i] - meanY);
      sxx += (x[i] - meanX) * (x[i] - meanX);
    }
    double slope = sxx == 0 ? 0 : sxy / sxx;
    double[] residuals = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      residuals[i] = y[i] - meanY - slope * (x[i] - meanX);
    }
    return residuals;
  }

  private static void requireSameLength(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "samples must have equal lengths, were " + x.length + " and " + y.length);
    }
  }

  /**
   * Ordinary least squares of {@code y} on the columns of {@code rows}; give the rows a column of
   * ones for an intercept. Columns that repeat one another (a constant beside the column of ones,
   * say) still get an answer, with the shared effect split between them in some way; the fitted
   * values are the same whichever way.
   *
   * @param rows one row of predictors per observation, all of one length
   * @param y the observations
   * @return one coefficient per column
   * @throws IllegalArgumentException if the lengths disagree or there are no rows
   */
  public static double[] leastSquares(double[][] rows, double[] y) {
    if (rows.length == 0 || rows.length != y.length) {
      throw new IllegalArgumentException(
          "needs as many rows as observations, and some; had " + rows.length + " and " + y.length);
    }
    int p = rows[0].length;
    double[][] normal = new double[p][p];
    double[] right = new double[p];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length != p) {
        throw new IllegalArgumentException(
            "row " + i + " has " + rows[i].length + " columns, row 0 has " + p);
      }
      Matrices.accumulate(normal, right, rows[i], y[i], 1);
    }
    Matrices.symmetrise(normal);
    return Matrices.solve(normal, right, 0);
  }
}
