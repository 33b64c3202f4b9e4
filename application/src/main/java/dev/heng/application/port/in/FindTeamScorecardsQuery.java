package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringPeriod;

/**
 * Asks for a team's scorecards.
 *
 * @param caller who asks; team leads see only their own team, agents no team
 * @param teamId the team's external id
 * @param period the period
 */
public record FindTeamScorecardsQuery(Caller caller, String teamId, ScoringPeriod period) {

  public FindTeamScorecardsQuery {
    if (caller == null || teamId == null || period == null) {
      throw new IllegalArgumentException("caller, teamId and period must not be null");
    }
  }
}
