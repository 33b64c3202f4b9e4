package dev.heng.domain.simulation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Splits customers into agents' pools the way a contact centre does: pools of uneven size, and the
 * harder accounts more often with the senior agents.
 *
 * <p>Pool sizes: each agent draws a load factor {@code f = exp(0.10 * loadSpread * e)}, and the
 * customers are shared in proportion to {@code f} (largest remainders, at least one each). At the
 * default 40 customers per agent the sizes have a standard deviation of about 4, so most pools hold
 * 35 to 45.
 *
 * <p>Matching: agents are ranked by {@code 0.6 z(seniority) + 0.8 e} and customers by {@code 0.4 u
 * + 0.92 e}, where {@code u} is the latent score behind a customer's difficulty; the customers in
 * rank order fill the pools in rank order. Seniority thus correlates mildly with the mean
 * difficulty of a pool, and since seniority correlates with skill, the skilled agents tend to carry
 * the harder customers: exactly what makes raw counts unfair.
 */
final class PoolAssignment {

  /** Standard deviation of the log load factor at loadSpread 1. */
  static final double LOAD_SIGMA = 0.10;

  private static final double AGENT_SENIORITY_WEIGHT = 0.6;
  private static final double CUSTOMER_DIFFICULTY_WEIGHT = 0.4;

  private PoolAssignment() {}

  /**
   * Pool sizes summing to {@code customers}, each at least 1.
   *
   * @param customers number of customers, at least {@code agents}
   * @param agents number of agents, at least 1
   * @param loadSpread multiplier of {@link #LOAD_SIGMA}
   */
  static int[] poolSizes(int customers, int agents, double loadSpread, RandomGenerator rng) {
    double[] factors = new double[agents];
    double total = 0;
    for (int agent = 0; agent < agents; agent++) {
      factors[agent] = Draws.logNormal(rng, LOAD_SIGMA * loadSpread);
      total += factors[agent];
    }

    // Each pool keeps one customer up front; the rest is shared by largest remainders.
    int free = customers - agents;
    int[] sizes = new int[agents];
    double[] remainders = new double[agents];
    int given = 0;
    for (int agent = 0; agent < agents; agent++) {
      double share = free * factors[agent] / total;
      sizes[agent] = 1 + (int) Math.floor(share);
      remainders[agent] = share - Math.floor(share);
      given += sizes[agent] - 1;
    }
    Integer[] byRemainder = new Integer[agents];
    for (int agent = 0; agent < agents; agent++) {
      byRemainder[agent] = agent;
    }
    Arrays.sort(
        byRemainder,
        Comparator.<Integer>comparingDouble(agent -> -remainders[agent])
            .thenComparingInt(agent -> agent));
    for (int rank = 0; given < free; rank++, given++) {
      sizes[byRemainder[rank % agents]]++;
    }
    return sizes;
  }

  /**
   * Assigns each customer to an agent.
   *
   * @param poolSizes customers per agent, summing to the number of customers
   * @param seniority each agent's seniority 1..4
   * @param customerLatent each customer's latent difficulty score
   * @return the owning agent's index for each customer
   */
  static int[] assign(
      int[] poolSizes, int[] seniority, double[] customerLatent, RandomGenerator rng) {
    int agents = poolSizes.length;
    int customers = customerLatent.length;

    double mean = Arrays.stream(seniority).average().orElse(0);
    double variance =
        Arrays.stream(seniority).mapToDouble(level -> (level - mean) * (level - mean)).sum()
            / agents;
    double sd = variance > 0 ? Math.sqrt(variance) : 1.0;
    double[] agentKey = new double[agents];
    double agentNoise = Math.sqrt(1 - AGENT_SENIORITY_WEIGHT * AGENT_SENIORITY_WEIGHT);
    for (int agent = 0; agent < agents; agent++) {
      agentKey[agent] =
          AGENT_SENIORITY_WEIGHT * (seniority[agent] - mean) / sd + agentNoise * rng.nextGaussian();
    }
    double[] customerKey = new double[customers];
    double customerNoise = Math.sqrt(1 - CUSTOMER_DIFFICULTY_WEIGHT * CUSTOMER_DIFFICULTY_WEIGHT);
    for (int customer = 0; customer < customers; customer++) {
      customerKey[customer] =
          CUSTOMER_DIFFICULTY_WEIGHT * customerLatent[customer]
              + customerNoise * rng.nextGaussian();
    }

    int[] agentOrder = order(agentKey);
    int[] customerOrder = order(customerKey);
    int[] owner = new int[customers];
    int next = 0;
    for (int agent : agentOrder) {
      for (int taken = 0; taken < poolSizes[agent]; taken++) {
        owner[customerOrder[next++]] = agent;
      }
    }
    return owner;
  }

  /** Indexes sorted by ascending key; ties keep index order. */
  private static int[] order(double[] keys) {
    return IntStream.range(0, keys.length)
        .boxed()
        .sorted(Comparator.<Integer>comparingDouble(index -> keys[index]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
