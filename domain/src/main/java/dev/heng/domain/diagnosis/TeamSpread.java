package dev.heng.domain.diagnosis;

/**
 * How one team's agents' total scores are spread.
 *
 * @param teamId the team's external id
 * @param scores the spread of its members' totals (team bonus included)
 * @param bonus the team bonus points each member received, 0 without
 */
public record TeamSpread(String teamId, Spread scores, double bonus) {

  /**
   * @throws IllegalArgumentException if a value is null or {@code bonus} is negative
   */
  public TeamSpread {
    if (teamId == null || scores == null || !(bonus >= 0)) {
      throw new IllegalArgumentException(
          "teamId and scores must not be null and bonus not negative, were "
              + teamId
              + ", "
              + scores
              + " and "
              + bonus);
    }
  }
}
