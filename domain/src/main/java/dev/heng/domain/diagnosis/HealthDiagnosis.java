package dev.heng.domain.diagnosis;

/**
 * A tenant's health for a quarter, in three sections of figures, each with a finding.
 *
 * @param quarter the quarter's label, such as {@code 2026-Q4}
 * @param scope whose agents and customers the figures cover
 * @param teamId the team for scope {@link Scope#TEAM}, null for the whole tenant
 * @param configVersion the scoring configuration version the scores were computed with, 0 for the
 *     defaults
 * @param teamBonusPoints the configuration's team bonus, 0 when none is configured
 * @param agents agents in scope scored for the quarter
 * @param tickets tickets raised in the quarter and assigned to those agents
 * @param quantityQuality quantity against quality
 * @param individualTeam individual against team
 * @param shortLongTerm short against long term
 */
public record HealthDiagnosis(
    String quarter,
    Scope scope,
    String teamId,
    int configVersion,
    double teamBonusPoints,
    int agents,
    int tickets,
    QuantityQuality quantityQuality,
    IndividualTeam individualTeam,
    ShortLongTerm shortLongTerm) {

  /** Whose figures a diagnosis covers. */
  public enum Scope {
    /** Every agent and customer of the tenant. */
    TENANT,
    /** One team's agents and the customers they served; nothing that compares teams. */
    TEAM
  }

  /**
   * @throws IllegalArgumentException if a value is null, or {@code teamId} is not set exactly for
   *     scope {@link Scope#TEAM}
   */
  public HealthDiagnosis {
    if (quarter == null
        || scope == null
        || quantityQuality == null
        || individualTeam == null
        || shortLongTerm == null) {
      throw new IllegalArgumentException("quarter, scope and the sections must not be null");
    }
    if ((scope == Scope.TEAM) != (teamId != null)) {
      throw new IllegalArgumentException(
          "teamId must be set exactly for scope TEAM, scope " + scope + " had " + teamId);
    }
  }
}
