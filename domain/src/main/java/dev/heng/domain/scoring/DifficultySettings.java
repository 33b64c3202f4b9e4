package dev.heng.domain.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How customers are graded.
 *
 * @param source whether weights are fitted from the tenant's history or taken from {@code weights}
 * @param weights configured weights (change in ln handle effort per standard deviation of the
 *     dimension, -1..1); dimensions left out weigh 0. Ignored when fitting succeeds
 * @param historyDays how many days before the end of the scored period the grading looks back,
 *     7..730
 * @param shrinkageTickets pseudo-tickets at the tenant's average added to each customer's history
 *     rates, 0..100: with the default 3, a customer with one complaint in one ticket gets a quarter
 *     of a complaint rate above average, not 100%
 */
public record DifficultySettings(
    WeightSource source,
    Map<DifficultyDimension, Double> weights,
    int historyDays,
    double shrinkageTickets) {

  /** Where the weights come from. */
  public enum WeightSource {
    /**
     * Regressed from the tenant's history: ln handle effort on the dimensions, within each agent's
     * tickets, so an agent's skill does not pass for its customers' difficulty. Falls back to the
     * configured weights, or the defaults, when fewer than {@link #MIN_FIT_TICKETS} tickets carry a
     * handle time.
     */
    FITTED,
    /** Taken as configured. */
    CONFIGURED
  }

  /** Tickets with a handle time needed before weights are fitted. */
  public static final int MIN_FIT_TICKETS = 200;

  public DifficultySettings {
    if (source == null) {
      throw new IllegalArgumentException("source must not be null");
    }
    weights = weights == null || weights.isEmpty() ? Map.of() : Map.copyOf(weights);
  }

  /** Fitted weights, 180 days of history, 3 pseudo-tickets of shrinkage. */
  public static DifficultySettings defaults() {
    return new DifficultySettings(WeightSource.FITTED, Map.of(), 180, 3);
  }

  /** The weights to use when none are fitted: the configured ones, or else the defaults. */
  public Map<DifficultyDimension, Double> fallbackWeights() {
    Map<DifficultyDimension, Double> fallback = new EnumMap<>(DifficultyDimension.class);
    for (DifficultyDimension dimension : DifficultyDimension.values()) {
      fallback.put(
          dimension,
          weights.isEmpty() ? dimension.defaultWeight() : weights.getOrDefault(dimension, 0.0));
    }
    return fallback;
  }

  List<ConfigProblem> problems(String path) {
    List<ConfigProblem> problems = new ArrayList<>();
    for (Map.Entry<DifficultyDimension, Double> weight : weights.entrySet()) {
      double value = weight.getValue() == null ? Double.NaN : weight.getValue();
      if (!(value >= -1 && value <= 1)) {
        problems.add(
            new ConfigProblem(
                path + ".weights." + weight.getKey().key(),
                "must be between -1 and 1, was " + weight.getValue()));
      }
    }
    if (source == WeightSource.CONFIGURED && weights.isEmpty()) {
      problems.add(
          new ConfigProblem(path + ".weights", "must name at least one dimension when configured"));
    }
    if (historyDays < 7 || historyDays > 730) {
      problems.add(
          new ConfigProblem(path + ".historyDays", "must be 7 to 730, was " + historyDays));
    }
    if (!(shrinkageTickets >= 0 && shrinkageTickets <= 100)) {
      problems.add(
          new ConfigProblem(
              path + ".shrinkageTickets", "must be 0 to 100, was " + shrinkageTickets));
    }
    return problems;
  }
}
