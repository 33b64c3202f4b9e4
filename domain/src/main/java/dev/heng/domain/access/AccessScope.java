package dev.heng.domain.access;

/**
 * The part of a tenant's records a caller may read. Records outside the scope answer exactly like
 * records that do not exist.
 */
public sealed interface AccessScope {

  /** Every record of the tenant. */
  record WholeTenant() implements AccessScope {}

  /**
   * The records of one team: the team, its agents, their customers, tickets, events and
   * contributions.
   *
   * @param teamId the team's external id
   */
  record OwnTeam(String teamId) implements AccessScope {
    public OwnTeam {
      if (teamId == null || teamId.isBlank()) {
        throw new IllegalArgumentException("teamId must not be blank, was '" + teamId + "'");
      }
    }
  }

  /**
   * One agent's own records: the agent, its customers, the tickets assigned to it, their events and
   * its contributions.
   *
   * @param agentId the agent's external id
   */
  record OwnAgent(String agentId) implements AccessScope {
    public OwnAgent {
      if (agentId == null || agentId.isBlank()) {
        throw new IllegalArgumentException("agentId must not be blank, was '" + agentId + "'");
      }
    }
  }
}
