package dev.heng.domain.simulation;

import dev.heng.domain.record.Agent;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.KnowledgeArticle;
import dev.heng.domain.record.Team;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import java.util.List;

/**
 * A generated tenant: the intake data a real tenant would send, and apart from it the hidden truth
 * it was drawn from. Each list is in external-id order; events are grouped by ticket and in time
 * order within a ticket.
 *
 * @param teams the teams
 * @param agents the agents
 * @param customers the customers, each kept by one agent
 * @param tickets the tickets, numbered in order of creation
 * @param events every ticket's trajectory
 * @param articles the knowledge articles, each in its current version
 * @param contributions suggestions, collaboration cases and training results
 * @param truth the hidden values, for evaluations only
 */
public record SyntheticTenant(
    List<Team> teams,
    List<Agent> agents,
    List<Customer> customers,
    List<Ticket> tickets,
    List<TicketEvent> events,
    List<KnowledgeArticle> articles,
    List<ContributionRecord> contributions,
    HiddenTruth truth) {

  /**
   * Copies the lists.
   *
   * @throws IllegalArgumentException naming the component if a list or the truth is null, or a list
   *     holds null
   */
  public SyntheticTenant {
    teams = copy("teams", teams);
    agents = copy("agents", agents);
    customers = copy("customers", customers);
    tickets = copy("tickets", tickets);
    events = copy("events", events);
    articles = copy("articles", articles);
    contributions = copy("contributions", contributions);
    if (truth == null) {
      throw new IllegalArgumentException("truth must not be null, was null");
    }
  }

  private static <T> List<T> copy(String name, List<T> values) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null, was null");
    }
    for (int index = 0; index < values.size(); index++) {
      if (values.get(index) == null) {
        throw new IllegalArgumentException(name + " must not hold null, was null at " + index);
      }
    }
    return List.copyOf(values);
  }
}
