package dev.heng.domain.diagnosis;

import java.util.List;

/**
 * Individual against team: how far agents' scores spread within their teams, how far teams differ,
 * and what the team bonus changes.
 *
 * @param agents the scored agents in scope
 * @param agentsWithoutTeam those of them that belong to no team, left out of the team figures
 * @param teams each team's spread, by team id
 * @param acrossTeams how the teams differ; null for a caller who sees one team only
 * @param bonus what the team bonus did
 * @param finding one or two sentences saying what the figures show
 */
public record IndividualTeam(
    int agents,
    int agentsWithoutTeam,
    List<TeamSpread> teams,
    AcrossTeams acrossTeams,
    TeamBonusEffect bonus,
    String finding) {

  /**
   * @throws IllegalArgumentException if {@code bonus} or {@code finding} is null
   */
  public IndividualTeam {
    if (bonus == null || finding == null) {
      throw new IllegalArgumentException("bonus and finding must not be null");
    }
    teams = List.copyOf(teams);
  }
}
