package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringPeriod;

/**
 * Asks for one agent's improvement suggestions.
 *
 * @param caller who asks; agents see only themselves, team leads their team's members
 * @param agentId the agent's external id
 * @param period the scored period to compare in, or null for the period of the tenant's most
 *     recently computed scoring run
 */
public record FindImprovementSuggestionsQuery(Caller caller, String agentId, ScoringPeriod period) {

  /**
   * @throws IllegalArgumentException if the caller or the agent id is null
   */
  public FindImprovementSuggestionsQuery {
    if (caller == null || agentId == null) {
      throw new IllegalArgumentException("caller and agentId must not be null");
    }
  }
}
