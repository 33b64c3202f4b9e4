package dev.heng.domain.diagnosis;

import dev.heng.domain.scoring.NormalQuantile;
import dev.heng.domain.scoring.Statistics;

/**
 * A correlation between two figures over a sample, with its 90% interval.
 *
 * <p>The interval comes from Fisher's transformation: {@code atanh(r) +- z / sqrt(n - 3)} for
 * Pearson's r, and with the variance widened by 1.06 for Spearman's rho (Fieller, Hartley and
 * Pearson), mapped back with {@code tanh}. It assumes roughly normal figures and is approximate for
 * small samples; below {@link #MIN_FOR_INTERVAL} pairs there is none.
 *
 * @param n the pairs the correlation was computed over, at least 0
 * @param r the correlation in [-1, 1], or null below 3 pairs or when either figure has no spread
 * @param low the interval's lower end, or null when there is no interval
 * @param high the interval's upper end, or null when there is no interval
 */
public record Correlation(int n, Double r, Double low, Double high) {

  /** The coverage of every interval: 90%. */
  public static final double LEVEL = 0.90;

  /** The fewest pairs a correlation is given for. */
  public static final int MIN_PAIRS = 3;

  /** The fewest pairs an interval is given for (Fisher's transformation needs n - 3 > 0). */
  public static final int MIN_FOR_INTERVAL = 4;

  /** Below this many pairs a finding warns that the figure rests on a small sample. */
  public static final int SMALL_SAMPLE = 10;

  private static final double Z = NormalQuantile.twoSided(LEVEL);

  /** What a correlation says, read from its interval. */
  public enum Direction {
    /** The interval lies above 0. */
    POSITIVE,
    /** The interval lies below 0. */
    NEGATIVE,
    /** The interval contains 0. */
    UNCLEAR,
    /** There is no interval: too few pairs or no spread. */
    UNDEFINED
  }

  /**
   * @throws IllegalArgumentException if {@code n} is negative, {@code r} lies outside [-1, 1] or
   *     the interval does not contain {@code r}
   */
  public Correlation {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    if (r != null && !(r >= -1 && r <= 1)) {
      throw new IllegalArgumentException("r must lie in [-1, 1], was " + r);
    }
    if ((low == null) != (high == null) || (low != null && (r == null || low > r || high < r))) {
      throw new IllegalArgumentException(
          "the interval must contain r, was " + low + " to " + high + " around " + r);
    }
  }

  /** A correlation over no pairs. */
  public static Correlation none() {
    return new Correlation(0, null, null, null);
  }

  /**
   * Pearson's correlation of paired figures.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static Correlation pearson(double[] x, double[] y) {
    return of(x.length, Statistics.pearson(x, y), 1.0);
  }

  /**
   * Spearman's rank correlation of paired figures, for figures as skewed as lifetime values.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static Correlation spearman(double[] x, double[] y) {
    return of(x.length, Statistics.spearman(x, y), 1.06);
  }

  private static Correlation of(int n, double r, double varianceFactor) {
    if (n < MIN_PAIRS || Double.isNaN(r)) {
      return new Correlation(n, null, null, null);
    }
    double clipped = Math.max(-1, Math.min(1, r));
    if (n < MIN_FOR_INTERVAL) {
      return new Correlation(n, clipped, null, null);
    }
    // Fisher's z of a perfect correlation is infinite; the interval then collapses onto it.
    double z = atanh(Math.max(-1 + 1e-12, Math.min(1 - 1e-12, clipped)));
    double half = Z * Math.sqrt(varianceFactor / (n - 3));
    double low = Math.min(clipped, Math.tanh(z - half));
    double high = Math.max(clipped, Math.tanh(z + half));
    return new Correlation(n, clipped, low, high);
  }

  private static double atanh(double value) {
    return 0.5 * Math.log((1 + value) / (1 - value));
  }

  /** What the interval says about the sign of the correlation. */
  public Direction direction() {
    if (low == null) {
      return Direction.UNDEFINED;
    }
    if (low > 0) {
      return Direction.POSITIVE;
    }
    return high < 0 ? Direction.NEGATIVE : Direction.UNCLEAR;
  }
}
