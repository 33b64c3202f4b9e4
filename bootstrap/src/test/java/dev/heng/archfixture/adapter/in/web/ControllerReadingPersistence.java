package dev.heng.archfixture.adapter.in.web;

import dev.heng.archfixture.adapter.out.persistence.TicketPersistenceAdapter;
import dev.heng.archfixture.domain.ticket.Ticket;
import reactor.core.publisher.Mono;

/** Breaks "adapters do not depend on each other" and the layering: web uses persistence. */
public final class ControllerReadingPersistence {

  private final TicketPersistenceAdapter persistence;

  public ControllerReadingPersistence(TicketPersistenceAdapter persistence) {
    this.persistence = persistence;
  }

  public Mono<Ticket> show(String ticketId) {
    return persistence.load(ticketId);
  }
}
