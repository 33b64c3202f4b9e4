package dev.heng.domain.alert;

/**
 * The customers an agent keeps now.
 *
 * @param agentId the agent's external id
 * @param teamId the agent's team, or null when the agent is unknown or has none
 * @param customers how many customers name the agent, 0 or more
 * @param weightedCustomers the sum of those customers' latest difficulty coefficients (1.0 for a
 *     customer never graded), 0 or more
 */
public record PoolLoad(String agentId, String teamId, int customers, double weightedCustomers) {

  /**
   * @throws IllegalArgumentException if the agent id is blank or a count is negative or not finite
   */
  public PoolLoad {
    if (agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException("agentId must not be blank, was '" + agentId + "'");
    }
    if (customers < 0) {
      throw new IllegalArgumentException("customers must not be negative, was " + customers);
    }
    if (!(weightedCustomers >= 0) || Double.isInfinite(weightedCustomers)) {
      throw new IllegalArgumentException(
          "weightedCustomers must be a finite number of 0 or more, was " + weightedCustomers);
    }
  }

  /** An agent that keeps no customer. */
  public static PoolLoad empty(String agentId, String teamId) {
    return new PoolLoad(agentId, teamId, 0, 0.0);
  }

  /**
   * The count that alerts of {@code kind} measure.
   *
   * @throws IllegalArgumentException if the kind is not a capacity kind
   */
  public double measure(AlertKind kind) {
    return switch (kind) {
      case CAPACITY_RAW -> customers;
      case CAPACITY_WEIGHTED -> weightedCustomers;
      case ANOMALY ->
          throw new IllegalArgumentException("kind must be a capacity kind, was " + kind);
    };
  }
}
