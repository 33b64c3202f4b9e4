package dev.heng.domain.suggestion;

import java.util.List;

/**
 * The agent's tickets of the period that contributed most to a weak metric.
 *
 * @param matching how many of the agent's tickets show the gap (a complaint, a low rating, ...)
 * @param ofTickets how many tickets the agent was assigned in the period
 * @param tickets the worst of them, at most the configured number
 * @param sentence what this says, in one plain sentence
 */
public record TicketAdvice(int matching, int ofTickets, List<GapTicket> tickets, String sentence) {

  /**
   * @throws IllegalArgumentException if the sentence is null or a count is out of order
   */
  public TicketAdvice {
    if (sentence == null) {
      throw new IllegalArgumentException("sentence must not be null");
    }
    tickets = List.copyOf(tickets);
    if (matching < tickets.size() || ofTickets < matching) {
      throw new IllegalArgumentException(
          "counts must satisfy listed <= matching <= ofTickets, were "
              + tickets.size()
              + ", "
              + matching
              + ", "
              + ofTickets);
    }
  }
}
