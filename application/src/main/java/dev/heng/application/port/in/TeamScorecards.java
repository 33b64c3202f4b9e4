package dev.heng.application.port.in;

import dev.heng.domain.scoring.FairnessSummary;
import dev.heng.domain.scoring.Scorecard;
import java.util.List;

/**
 * A team's scorecards for a period.
 *
 * @param teamId the team's external id
 * @param period the period's label
 * @param members the members' scorecards, best total first; empty when the period was not scored
 * @param fairness how the members' scores relate to their load and pool difficulty
 */
public record TeamScorecards(
    String teamId, String period, List<Scorecard> members, FairnessSummary fairness) {

  public TeamScorecards {
    members = List.copyOf(members);
  }
}
