package dev.heng.domain.diagnosis;

/**
 * What the configured team bonus did: each agent's total with the bonus against the total its
 * metrics earned alone, and the ranks by each (best first, ties by agent id).
 *
 * @param configuredPoints the tenant's {@code teamBonusPoints}, 0 when it configures no bonus
 * @param teamsWithBonus teams whose members received more than 0 points
 * @param agentsWithBonus agents who received more than 0 points
 * @param meanBonus the mean points over the agents in scope, or null without agents
 * @param maxBonus the most points one agent received, or null without agents
 * @param scoresWith the spread of the totals as scored
 * @param scoresWithout the spread of the totals without the bonus
 * @param agentsMoved agents whose rank differs between the two
 * @param largestMove the most places one agent moved, 0 when none did
 */
public record TeamBonusEffect(
    double configuredPoints,
    int teamsWithBonus,
    int agentsWithBonus,
    Double meanBonus,
    Double maxBonus,
    Spread scoresWith,
    Spread scoresWithout,
    int agentsMoved,
    int largestMove) {

  /**
   * @throws IllegalArgumentException if a spread is null or a count negative
   */
  public TeamBonusEffect {
    if (scoresWith == null
        || scoresWithout == null
        || teamsWithBonus < 0
        || agentsWithBonus < 0
        || agentsMoved < 0
        || largestMove < 0) {
      throw new IllegalArgumentException(
          "spreads must not be null and counts not negative, were "
              + teamsWithBonus
              + ", "
              + agentsWithBonus
              + ", "
              + agentsMoved
              + " and "
              + largestMove);
    }
  }
}
