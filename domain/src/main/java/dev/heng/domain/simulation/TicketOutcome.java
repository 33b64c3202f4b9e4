package dev.heng.domain.simulation;

/**
 * What {@link OutcomeModel} drew for one ticket, before the trajectory is written. A trajectory cut
 * off at the end of the simulated period shows only the part of it that happened by then.
 *
 * @param complexity the ticket's log-scale complexity {@code c}: the customer's log difficulty plus
 *     ticket noise
 * @param effortMinutes the agent's handle effort in minutes, positive
 * @param firstResponseMinutes minutes from creation to the first agent reply, positive
 * @param responseDelay {@code ln} of the first-response time over the norm for the ticket's channel
 *     and priority: 0 on the norm, positive when slower
 * @param handedOver whether the ticket first went to a colleague on shift and was transferred to
 *     the customer's own agent before the first reply
 * @param knowledgeSearches knowledge searches the agent ran, 0 or more
 * @param knowledgeLinked whether the agent linked an article; only after a search
 * @param subtasks subtasks the problem was split into, 0 or more
 * @param escalated whether the ticket was escalated
 * @param resolved whether the agent resolved it
 * @param firstContactResolution whether it was resolved with the first reply and never reopened
 * @param reopenCount how often the customer reopened it after a resolution, 0 or more
 * @param agentTurns agent messages before the (last) resolution, 1 or more, before reopens
 * @param experience the customer's experience {@code y} on a latent scale: 0 neutral, above 1
 *     delighted, below -1 furious
 * @param satisfaction the rating 1..5 the customer gave, or null when the customer did not rate
 * @param complaint whether the customer filed a complaint
 */
public record TicketOutcome(
    double complexity,
    double effortMinutes,
    double firstResponseMinutes,
    double responseDelay,
    boolean handedOver,
    int knowledgeSearches,
    boolean knowledgeLinked,
    int subtasks,
    boolean escalated,
    boolean resolved,
    boolean firstContactResolution,
    int reopenCount,
    int agentTurns,
    double experience,
    Integer satisfaction,
    boolean complaint) {

  /**
   * Checks ranges and the rules that tie the outcomes together.
   *
   * @throws IllegalArgumentException naming the first component that breaks a rule, with its value
   */
  public TicketOutcome {
    requireFinite("complexity", complexity);
    requireFinite("responseDelay", responseDelay);
    requireFinite("experience", experience);
    if (!(effortMinutes > 0) || Double.isInfinite(effortMinutes)) {
      throw new IllegalArgumentException(
          "effortMinutes must be positive and finite, was " + effortMinutes);
    }
    if (!(firstResponseMinutes > 0) || Double.isInfinite(firstResponseMinutes)) {
      throw new IllegalArgumentException(
          "firstResponseMinutes must be positive and finite, was " + firstResponseMinutes);
    }
    requireNotNegative("knowledgeSearches", knowledgeSearches);
    requireNotNegative("subtasks", subtasks);
    requireNotNegative("reopenCount", reopenCount);
    if (agentTurns < 1) {
      throw new IllegalArgumentException("agentTurns must be at least 1, was " + agentTurns);
    }
    if (knowledgeLinked && knowledgeSearches == 0) {
      throw new IllegalArgumentException(
          "knowledgeLinked must be false without a search, was " + knowledgeLinked);
    }
    if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
      throw new IllegalArgumentException(
          "satisfaction must be between 1 and 5, was " + satisfaction);
    }
    if (reopenCount > 0 && !resolved) {
      throw new IllegalArgumentException(
          "reopenCount must be 0 for an unresolved ticket, was " + reopenCount);
    }
    if (firstContactResolution && (!resolved || escalated || reopenCount > 0 || agentTurns != 1)) {
      throw new IllegalArgumentException(
          "firstContactResolution needs a ticket resolved with one reply, never escalated or"
              + " reopened, was "
              + firstContactResolution);
    }
  }

  private static void requireFinite(String name, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, was " + value);
    }
  }

  private static void requireNotNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }
}
