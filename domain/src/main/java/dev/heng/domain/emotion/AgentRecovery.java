package dev.heng.domain.emotion;

import java.util.List;

/**
 * An agent's emotion recovery over a period: the mean recovery of the tickets it resolved in the
 * period that had at least one scored customer message. A metric the scorecard can use.
 *
 * @param agentId the agent's external id
 * @param tickets the number of resolved tickets with a scored customer message, at least 0
 * @param meanRecovery the mean of their recoveries in [-2, 2], or null when {@code tickets} is 0
 * @param meanIndex the mean of their emotion indexes in [0, 100], or null when {@code tickets} is 0
 */
public record AgentRecovery(String agentId, int tickets, Double meanRecovery, Double meanIndex) {

  public AgentRecovery {
    if (agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException("agentId must not be blank, was '" + agentId + "'");
    }
    if (tickets < 0) {
      throw new IllegalArgumentException("tickets must not be negative, was " + tickets);
    }
    if ((tickets == 0) != (meanRecovery == null) || (tickets == 0) != (meanIndex == null)) {
      throw new IllegalArgumentException(
          "meanRecovery and meanIndex must be null exactly when tickets is 0, were "
              + meanRecovery
              + " and "
              + meanIndex
              + " for "
              + tickets
              + " tickets");
    }
  }

  /**
   * Averages the conversations of an agent's resolved tickets.
   *
   * @param agentId the agent
   * @param conversations one measure per resolved ticket; may be empty
   * @return the agent's recovery
   */
  public static AgentRecovery of(String agentId, List<ConversationEmotion> conversations) {
    if (conversations == null) {
      throw new IllegalArgumentException("conversations must not be null");
    }
    if (conversations.isEmpty()) {
      return new AgentRecovery(agentId, 0, null, null);
    }
    double recovery = 0;
    double index = 0;
    for (ConversationEmotion conversation : conversations) {
      recovery += conversation.recovery();
      index += conversation.index();
    }
    return new AgentRecovery(
        agentId,
        conversations.size(),
        recovery / conversations.size(),
        index / conversations.size());
  }
}
