package dev.heng.domain.suggestion;

import java.util.List;

/**
 * The agents whose effective workload in a period is comparable to one agent's.
 *
 * @param coefficient the agent's effective workload coefficient
 * @param band the relative band that was used, after any widening
 * @param lowest the lowest coefficient a peer may have: {@code coefficient - band x reference},
 *     where {@code reference = max(coefficient, 0.1)}; at least 0
 * @param highest the highest coefficient a peer may have: {@code coefficient + band x reference}
 * @param size how many peers there are
 * @param agentIds the peers' ids, sorted; only those the reader may see, so possibly fewer than
 *     {@code size}
 */
public record PeerGroup(
    double coefficient,
    double band,
    double lowest,
    double highest,
    int size,
    List<String> agentIds) {

  /**
   * @throws IllegalArgumentException if {@code size} is negative or below the ids listed
   */
  public PeerGroup {
    agentIds = List.copyOf(agentIds);
    if (size < agentIds.size()) {
      throw new IllegalArgumentException(
          "size must be at least the " + agentIds.size() + " ids listed, was " + size);
    }
  }
}
