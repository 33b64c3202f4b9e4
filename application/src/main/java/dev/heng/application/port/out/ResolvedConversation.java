package dev.heng.application.port.out;

import java.util.List;

/**
 * The scored customer messages of one resolved ticket, in time order.
 *
 * @param ticketId the ticket's external id
 * @param agentId the external id of the agent the ticket is assigned to
 * @param customerScores the scores in [-1, 1] of the customer's analysed messages, oldest first, at
 *     least one
 */
public record ResolvedConversation(String ticketId, String agentId, List<Double> customerScores) {

  public ResolvedConversation {
    if (ticketId == null || agentId == null || customerScores == null || customerScores.isEmpty()) {
      throw new IllegalArgumentException(
          "ticketId, agentId and at least one score are required, were "
              + ticketId
              + ", "
              + agentId
              + ", "
              + customerScores);
    }
    customerScores = List.copyOf(customerScores);
  }
}
