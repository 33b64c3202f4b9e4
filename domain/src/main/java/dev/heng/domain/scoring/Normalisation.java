package dev.heng.domain.scoring;

/**
 * How a metric's value becomes 0..100.
 *
 * <ul>
 *   <li>{@link Mode#PEERS}: {@code 50 + 20 z}, clipped to 0..100, where z is the agent's value in
 *       standard deviations from the mean of the tenant's agents that have one (for adjusted
 *       metrics the value is ln(observed/expected)), turned so that better is higher. An agent one
 *       standard deviation better than its peers scores 70.
 *   <li>{@link Mode#TARGET}: 0 at {@code floor}, 100 at {@code target}, linear between and clipped;
 *       for a metric where lower is better the floor lies above the target.
 * </ul>
 *
 * @param mode against peers or against targets
 * @param floor the value scoring 0, for targets; null for peers
 * @param target the value scoring 100, for targets; null for peers
 */
public record Normalisation(Mode mode, Double floor, Double target) {

  /** Against what a value is normalised. */
  public enum Mode {
    PEERS,
    TARGET
  }

  public Normalisation {
    if (mode == null) {
      throw new IllegalArgumentException("mode must not be null");
    }
  }

  /** Against peers. */
  public static Normalisation peers() {
    return new Normalisation(Mode.PEERS, null, null);
  }

  /** Against a floor (0 points) and a target (100 points). */
  public static Normalisation target(double floor, double target) {
    return new Normalisation(Mode.TARGET, floor, target);
  }

  /** Maps a value to 0..100 with a linear target scale; only for {@link Mode#TARGET}. */
  double againstTarget(double value) {
    return clip(100 * (value - floor) / (target - floor));
  }

  static double clip(double points) {
    return Math.max(0, Math.min(100, points));
  }
}
