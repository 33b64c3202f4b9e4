package dev.heng.domain.scoring;

import dev.heng.domain.record.Agent;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RetentionStatus;
import dev.heng.domain.record.Segment;
import dev.heng.domain.record.ServiceWindow;
import dev.heng.domain.record.ValueTier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hand-made tenant for scoring tests: easy customers (simple products, people) take 5 minutes a
 * ticket and complain one time in twenty; hard customers (complex products, businesses, 24x7) take
 * 15 minutes and complain one time in five.
 */
final class CraftedTenant {

  static final ScoringPeriod PERIOD = ScoringPeriod.parse("2026-11");

  final List<Agent> agents = new ArrayList<>();
  final List<Customer> customers = new ArrayList<>();
  final List<TicketFacts> tickets = new ArrayList<>();
  final List<ContributionRecord> contributions = new ArrayList<>();
  private int ticketNumber;

  /** Adds an agent of seniority 2 in team {@code team}. */
  CraftedTenant agent(String id, String team) {
    agents.add(new Agent(id, "Agent " + id, team, 2, Map.of(), Set.of(Channel.CHAT), true, null));
    return this;
  }

  /**
   * Adds {@code count} customers kept by {@code agentId}, each raising one ticket; {@code
   * complaints} of those tickets carry a complaint.
   */
  CraftedTenant customers(String agentId, int count, boolean hard, int complaints) {
    for (int i = 0; i < count; i++) {
      String customerId = agentId + (hard ? "-hard-" : "-easy-") + i;
      customers.add(customer(customerId, agentId, hard));
      int seconds = (hard ? 900 : 300) + 30 * (i % 5) - 60;
      tickets.add(ticket(customerId, agentId, i < complaints, seconds, i));
    }
    return this;
  }

  ScoringInput input() {
    return new ScoringInput(PERIOD, agents, customers, tickets, contributions);
  }

  static Customer customer(String id, String agentId, boolean hard) {
    return new Customer(
        id,
        hard ? Segment.ENTERPRISE : Segment.INDIVIDUAL,
        hard ? ValueTier.STRATEGIC : ValueTier.STANDARD,
        hard ? ServiceWindow.ALWAYS : ServiceWindow.BUSINESS_HOURS,
        hard ? 5 : 1,
        agentId,
        null,
        null,
        RetentionStatus.ACTIVE,
        LocalDate.of(2024, 1, 1),
        Map.of());
  }

  TicketFacts ticket(String customerId, String agentId, boolean complaint, int seconds, int i) {
    ticketNumber++;
    return new TicketFacts(
        String.format("t-%05d", ticketNumber),
        customerId,
        agentId,
        Channel.CHAT,
        "billing",
        Priority.NORMAL,
        Instant.parse("2026-11-02T09:00:00Z").plusSeconds(3_600L * (ticketNumber % 600)),
        120L + 10 * (i % 7),
        true,
        0,
        null,
        complaint,
        false,
        seconds);
  }
}
