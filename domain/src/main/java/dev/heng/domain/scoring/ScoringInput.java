package dev.heng.domain.scoring;

import dev.heng.domain.record.Agent;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.Customer;
import java.util.List;

/**
 * What scoring a period reads.
 *
 * @param period the period to score
 * @param agents the tenant's agents
 * @param customers the tenant's customers
 * @param tickets the tenant's tickets raised in the grading window (the {@code historyDays} before
 *     the period's end, the period included); others are ignored
 * @param contributions the contribution records of the period; others are ignored
 */
public record ScoringInput(
    ScoringPeriod period,
    List<Agent> agents,
    List<Customer> customers,
    List<TicketFacts> tickets,
    List<ContributionRecord> contributions) {

  public ScoringInput {
    if (period == null) {
      throw new IllegalArgumentException("period must not be null");
    }
    agents = List.copyOf(agents);
    customers = List.copyOf(customers);
    tickets = List.copyOf(tickets);
    contributions = List.copyOf(contributions);
  }
}
