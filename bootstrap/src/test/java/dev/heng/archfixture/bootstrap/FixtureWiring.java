package dev.heng.archfixture.bootstrap;

import dev.heng.archfixture.adapter.in.web.TicketController;
import dev.heng.archfixture.adapter.out.persistence.TicketPersistenceAdapter;
import dev.heng.archfixture.application.service.ScoreTicketService;

/** Compliant: bootstrap is the one place that sees adapters and services together. */
public final class FixtureWiring {

  public TicketController ticketController(TicketPersistenceAdapter persistence) {
    return new TicketController(new ScoreTicketService(persistence));
  }
}
