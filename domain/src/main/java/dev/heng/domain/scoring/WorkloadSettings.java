package dev.heng.domain.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * How the effective workload coefficient is computed:
 *
 * <pre>
 * coefficient = (actual load / baseline load) x difficulty factor + urgent bonus
 * baseline load = industryBlend x industryBaseline + (1 - industryBlend) x tenant mean load
 * </pre>
 *
 * @param industryBaseline the industry's customers per agent, 1..1000; 40 by default
 * @param industryBlend the industry baseline's share of the baseline load, 0..1; the rest is the
 *     tenant's own mean load
 * @param loadBasis what load is counted in
 * @param difficultyBasis whose difficulty the difficulty factor averages
 * @param urgentTiers the urgent bonus tiers, fastest first
 * @param urgentBonusCap the largest urgent bonus, 0..1
 */
public record WorkloadSettings(
    double industryBaseline,
    double industryBlend,
    LoadBasis loadBasis,
    DifficultyBasis difficultyBasis,
    List<UrgentTier> urgentTiers,
    double urgentBonusCap) {

  /** What an agent's load is counted in. */
  public enum LoadBasis {
    /** Customers kept (the pool). The industry baseline is in customers per agent. */
    CUSTOMERS,
    /**
     * Tickets handled in the period. The industry baseline is converted to tickets with the
     * tenant's tickets per customer in the period.
     */
    TICKETS
  }

  /** Which customers the difficulty factor averages over. */
  public enum DifficultyBasis {
    /** The customers the agent keeps. */
    POOL,
    /** The customers of the tickets the agent handled in the period, one entry per ticket. */
    HANDLED
  }

  public WorkloadSettings {
    if (loadBasis == null || difficultyBasis == null) {
      throw new IllegalArgumentException("loadBasis and difficultyBasis must not be null");
    }
    urgentTiers = urgentTiers == null ? List.of() : List.copyOf(urgentTiers);
  }

  /**
   * 40 customers per agent blended half and half with the tenant's mean pool, pool difficulty, and
   * an urgent bonus of 0.01 per urgent ticket answered within 15 minutes and 0.005 within an hour,
   * at most 0.10.
   */
  public static WorkloadSettings defaults() {
    return new WorkloadSettings(
        40,
        0.5,
        LoadBasis.CUSTOMERS,
        DifficultyBasis.POOL,
        List.of(new UrgentTier(15, 0.01), new UrgentTier(60, 0.005)),
        0.10);
  }

  /** The bonus an urgent ticket first answered after {@code minutes} earns. */
  double bonusFor(double minutes) {
    for (UrgentTier tier : urgentTiers) {
      if (minutes <= tier.withinMinutes()) {
        return tier.bonus();
      }
    }
    return 0;
  }

  List<ConfigProblem> problems(String path) {
    List<ConfigProblem> problems = new ArrayList<>();
    if (!(industryBaseline >= 1 && industryBaseline <= 1000)) {
      problems.add(
          new ConfigProblem(
              path + ".industryBaseline", "must be 1 to 1000, was " + industryBaseline));
    }
    if (!(industryBlend >= 0 && industryBlend <= 1)) {
      problems.add(
          new ConfigProblem(path + ".industryBlend", "must be 0 to 1, was " + industryBlend));
    }
    int previous = 0;
    for (int i = 0; i < urgentTiers.size(); i++) {
      UrgentTier tier = urgentTiers.get(i);
      String field = path + ".urgentTiers[" + i + "]";
      if (tier == null) {
        problems.add(new ConfigProblem(field, "must not be null"));
        continue;
      }
      if (tier.withinMinutes() < 1 || tier.withinMinutes() > 10_080) {
        problems.add(
            new ConfigProblem(
                field + ".withinMinutes", "must be 1 to 10080, was " + tier.withinMinutes()));
      } else if (tier.withinMinutes() <= previous) {
        problems.add(
            new ConfigProblem(
                field + ".withinMinutes",
                "must be longer than the tier before ("
                    + previous
                    + "), was "
                    + tier.withinMinutes()));
      }
      previous = Math.max(previous, tier.withinMinutes());
      if (!(tier.bonus() >= 0 && tier.bonus() <= 0.5)) {
        problems.add(new ConfigProblem(field + ".bonus", "must be 0 to 0.5, was " + tier.bonus()));
      }
    }
    if (!(urgentBonusCap >= 0 && urgentBonusCap <= 1)) {
      problems.add(
          new ConfigProblem(path + ".urgentBonusCap", "must be 0 to 1, was " + urgentBonusCap));
    }
    return problems;
  }
}
