package dev.heng.domain.diagnosis;

/**
 * How scores differ between teams.
 *
 * @param teams the teams with at least one scored agent
 * @param teamMeans the spread of the teams' mean totals
 * @param betweenTeamShare the share 0..1 of the variance of the totals of agents with a team that
 *     lies between teams (the sum over teams of members times the squared distance of the team's
 *     mean from the overall mean, over the sum of every squared distance from it; eta squared);
 *     null below two agents or without spread
 * @param betweenTeamShareWithoutBonus the same with the team bonus taken off every total
 */
public record AcrossTeams(
    int teams, Spread teamMeans, Double betweenTeamShare, Double betweenTeamShareWithoutBonus) {

  /**
   * @throws IllegalArgumentException if {@code teamMeans} is null or {@code teams} negative
   */
  public AcrossTeams {
    if (teamMeans == null || teams < 0) {
      throw new IllegalArgumentException(
          "teamMeans must not be null and teams not negative, were " + teamMeans + " and " + teams);
    }
  }
}
