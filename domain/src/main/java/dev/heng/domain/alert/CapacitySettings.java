package dev.heng.domain.alert;

import dev.heng.domain.scoring.ConfigProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's capacity thresholds. An agent's pool exceeds a threshold when its count is strictly
 * greater than it.
 *
 * @param rawThreshold the most customers an agent may keep, 1 to 1000
 * @param weightedThreshold the most difficulty-weighted customers an agent may keep (each customer
 *     counted by its latest difficulty coefficient, 1.0 when never graded), 1 to 1000
 */
public record CapacitySettings(int rawThreshold, double weightedThreshold) {

  /** The industry default of 40 customers per agent, for both counts. */
  public static final CapacitySettings DEFAULTS = new CapacitySettings(40, 40.0);

  /** The smallest threshold a tenant may set. */
  public static final int MIN_THRESHOLD = 1;

  /** The largest threshold a tenant may set. */
  public static final int MAX_THRESHOLD = 1000;

  /**
   * @throws IllegalArgumentException if a threshold is outside 1..1000 or not a finite number
   */
  public CapacitySettings {
    SettingRanges.refuse(problems(rawThreshold, weightedThreshold));
  }

  /**
   * The rules these thresholds would break as settings, each naming its field ({@code
   * rawThreshold}, {@code weightedThreshold}) and its range; empty when they are valid.
   */
  public static List<ConfigProblem> problems(int rawThreshold, double weightedThreshold) {
    List<ConfigProblem> problems = new ArrayList<>();
    SettingRanges.check(problems, "rawThreshold", rawThreshold, MIN_THRESHOLD, MAX_THRESHOLD);
    SettingRanges.check(
        problems, "weightedThreshold", weightedThreshold, MIN_THRESHOLD, MAX_THRESHOLD);
    return problems;
  }

  /**
   * The threshold that alerts of {@code kind} compare against.
   *
   * @throws IllegalArgumentException if the kind is not a capacity kind
   */
  public double threshold(AlertKind kind) {
    return switch (kind) {
      case CAPACITY_RAW -> rawThreshold;
      case CAPACITY_WEIGHTED -> weightedThreshold;
      case ANOMALY ->
          throw new IllegalArgumentException("kind must be a capacity kind, was " + kind);
    };
  }
}
