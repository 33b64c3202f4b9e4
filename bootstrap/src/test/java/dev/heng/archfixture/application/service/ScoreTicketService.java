package dev.heng.archfixture.application.service;

import dev.heng.archfixture.application.port.in.ScoreTicketCommand;
import dev.heng.archfixture.application.port.in.ScoreTicketUseCase;
import dev.heng.archfixture.application.port.out.LoadTicketPort;
import dev.heng.archfixture.domain.ticket.Ticket;
import reactor.core.publisher.Mono;

/** Compliant: a use case implemented by a service that sees only ports, domain and Reactor. */
public final class ScoreTicketService implements ScoreTicketUseCase {

  private final LoadTicketPort loadTicket;

  public ScoreTicketService(LoadTicketPort loadTicket) {
    this.loadTicket = loadTicket;
  }

  @Override
  public Mono<Ticket> score(ScoreTicketCommand command) {
    return loadTicket.load(command.ticketId());
  }
}
