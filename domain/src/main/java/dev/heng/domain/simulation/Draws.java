package dev.heng.domain.simulation;

import java.util.List;
import java.util.random.RandomGenerator;

/** The random draws the simulation needs beyond those {@link RandomGenerator} offers. */
final class Draws {

  /** Above this mean a Poisson count is drawn from its normal approximation. */
  private static final double POISSON_NORMAL_ABOVE = 30.0;

  private Draws() {}

  /** Maps log-odds to a probability. */
  static double logistic(double logOdds) {
    return 1.0 / (1.0 + Math.exp(-logOdds));
  }

  /** True with the given probability. */
  static boolean chance(RandomGenerator rng, double probability) {
    return rng.nextDouble() < probability;
  }

  /**
   * A Poisson count. Small means use the product of uniforms, which costs about {@code mean + 1}
   * draws; large ones a rounded normal, which is close enough for counts of that size.
   */
  static int poisson(RandomGenerator rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > POISSON_NORMAL_ABOVE) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
    }

    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int count = 0;
    while (product > limit) {
      count++;
      product *= rng.nextDouble();
    }
    return count;
  }

  /** A uniform draw from {@code [low, high)}. */
  static double uniform(RandomGenerator rng, double low, double high) {
    return low + (high - low) * rng.nextDouble();
  }

  /** A log-normal factor with median 1 and the given standard deviation on the log scale. */
  static double logNormal(RandomGenerator rng, double sigma) {
    return Math.exp(sigma * rng.nextGaussian());
  }

  /** One element of a non-empty array, uniformly. */
  static <T> T pick(RandomGenerator rng, T[] items) {
    return items[rng.nextInt(items.length)];
  }

  /** One element of a non-empty list, uniformly. */
  static <T> T pick(RandomGenerator rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  /** An index drawn with probability proportional to its non-negative weight. */
  static int weighted(RandomGenerator rng, double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }

    double target = rng.nextDouble() * total;
    for (int index = 0; index < weights.length; index++) {
      target -= weights[index];
      if (target < 0) {
        return index;
      }
    }
    return weights.length - 1;
  }

  /** Rounds and clamps to {@code [min, max]}. */
  static int clamp(double value, int min, int max) {
    return (int) Math.max(min, Math.min(max, Math.round(value)));
  }
}
