package dev.heng.application.service;

import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.Agent;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.Team;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.scoring.ScorecardCalculator;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.scoring.TicketFacts;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Small valid records and callers for service tests. */
final class SampleRecords {

  static final TenantId TENANT = new TenantId(1);
  static final TenantId OTHER_TENANT = new TenantId(2);
  static final Instant T0 = Instant.parse("2025-04-01T09:00:00Z");

  private SampleRecords() {}

  static Caller caller(Role role) {
    return caller(TENANT, role);
  }

  static Caller caller(TenantId tenantId, Role role) {
    return new Caller(
        tenantId,
        "key-" + role.name().toLowerCase(Locale.ROOT),
        role,
        role.needsAgent() ? "agent-1" : null,
        role.needsTeam() ? "team-1" : null);
  }

  static Team team(String externalId) {
    return new Team(externalId, "Team " + externalId, null);
  }

  static Team team(String externalId, String name) {
    return new Team(externalId, name, null);
  }

  static Agent agent(String externalId) {
    return new Agent(
        externalId, "Agent " + externalId, "team-1", 2, Map.of(), Set.of(Channel.CHAT), true, null);
  }

  static Ticket ticket(String externalId) {
    return new Ticket(
        externalId,
        "cust-1",
        "agent-1",
        Channel.CHAT,
        "billing",
        Priority.NORMAL,
        T0,
        null,
        null,
        0,
        null,
        false,
        false,
        null,
        null,
        null,
        null);
  }

  static TicketEvent message(String externalId, String ticketId) {
    return new TicketEvent(
        externalId,
        ticketId,
        EventType.MESSAGE,
        T0.plusSeconds(60),
        ActorType.CUSTOMER,
        "cust-1",
        "Hello",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A generated tenant's period scored by the real calculator on the default card. */
  static ScoringResult scored(SyntheticTenant tenant, ScoringPeriod period) {
    return new ScorecardCalculator()
        .score(
            new ScoringInput(
                period,
                tenant.agents(),
                tenant.customers(),
                tenant.tickets().stream().map(TicketFacts::of).toList(),
                tenant.contributions()),
            ScoringConfig.defaults(),
            0);
  }
}
