package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringPeriod;

/**
 * Asks for one agent's knowledge-contribution credit in a period.
 *
 * @param caller who asks; agents see only themselves, team leads their team's members
 * @param agentId the agent's external id
 * @param period the period
 */
public record FindKnowledgeCreditQuery(Caller caller, String agentId, ScoringPeriod period) {

  /**
   * @throws IllegalArgumentException if a value is null
   */
  public FindKnowledgeCreditQuery {
    if (caller == null || agentId == null || period == null) {
      throw new IllegalArgumentException("caller, agentId and period must not be null");
    }
  }
}
