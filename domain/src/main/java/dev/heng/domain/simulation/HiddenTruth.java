package dev.heng.domain.simulation;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The values a synthetic tenant was drawn from and that its intake data does not reveal. Only
 * evaluations read them: a scoring method never sees them. All maps are keyed by external id and
 * iterate in key order.
 *
 * @param agentSkill agent id to hidden skill, on the standard normal scale (0 is the average agent,
 *     +1 one standard deviation better)
 * @param agentLoad agent id to relative expected workload: the expected tickets of the agent's pool
 *     over the mean across agents, so 1.0 is an average load; it grows with pool size and with pool
 *     difficulty, since harder customers raise more tickets
 * @param poolSize agent id to the number of customers the agent keeps
 * @param poolDifficulty agent id to the mean hidden difficulty of the agent's customers
 * @param customerDifficulty customer id to hidden difficulty, positive, with mean 1.0 over all
 *     customers
 */
public record HiddenTruth(
    Map<String, Double> agentSkill,
    Map<String, Double> agentLoad,
    Map<String, Integer> poolSize,
    Map<String, Double> poolDifficulty,
    Map<String, Double> customerDifficulty) {

  /**
   * Copies the maps and checks them.
   *
   * @throws IllegalArgumentException naming the map if one is null, holds a null key or value or a
   *     value out of range (not finite, a load or difficulty not positive, a negative pool size),
   *     or if the agent maps do not share one key set
   */
  public HiddenTruth {
    agentSkill = finite("agentSkill", agentSkill, false);
    agentLoad = finite("agentLoad", agentLoad, true);
    poolDifficulty = finite("poolDifficulty", poolDifficulty, true);
    customerDifficulty = finite("customerDifficulty", customerDifficulty, true);
    poolSize = sizes(poolSize);

    requireSameAgents("agentLoad", agentLoad, agentSkill);
    requireSameAgents("poolSize", poolSize, agentSkill);
    requireSameAgents("poolDifficulty", poolDifficulty, agentSkill);
  }

  private static SortedMap<String, Double> finite(
      String name, Map<String, Double> values, boolean positive) {
    SortedMap<String, Double> copy = copy(name, values);
    for (Map.Entry<String, Double> entry : copy.entrySet()) {
      double value = entry.getValue();
      if (Double.isNaN(value) || Double.isInfinite(value) || (positive && value <= 0)) {
        throw new IllegalArgumentException(
            name
                + " must hold "
                + (positive ? "positive" : "finite")
                + " values, was "
                + value
                + " for "
                + entry.getKey());
      }
    }
    return copy;
  }

  private static SortedMap<String, Integer> sizes(Map<String, Integer> values) {
    SortedMap<String, Integer> copy = copy("poolSize", values);
    for (Map.Entry<String, Integer> entry : copy.entrySet()) {
      if (entry.getValue() < 0) {
        throw new IllegalArgumentException(
            "poolSize must not be negative, was " + entry.getValue() + " for " + entry.getKey());
      }
    }
    return copy;
  }

  private static <V> SortedMap<String, V> copy(String name, Map<String, V> values) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null, was null");
    }
    TreeMap<String, V> copy = new TreeMap<>();
    for (Map.Entry<String, V> entry : values.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        throw new IllegalArgumentException(
            name
                + " must not hold null keys or values, was "
                + entry.getValue()
                + " for "
                + entry.getKey());
      }
      copy.put(entry.getKey(), entry.getValue());
    }
    return Collections.unmodifiableSortedMap(copy);
  }

  private static void requireSameAgents(String name, Map<String, ?> values, Map<String, ?> skill) {
    if (!values.keySet().equals(skill.keySet())) {
      throw new IllegalArgumentException(
          name + " must be keyed by the agents of agentSkill, was keyed by " + values.keySet());
    }
  }
}
