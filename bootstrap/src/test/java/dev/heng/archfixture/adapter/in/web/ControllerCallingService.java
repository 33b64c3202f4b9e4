package dev.heng.archfixture.adapter.in.web;

import dev.heng.archfixture.application.port.in.ScoreTicketCommand;
import dev.heng.archfixture.application.service.ScoreTicketService;
import dev.heng.archfixture.domain.ticket.Ticket;
import reactor.core.publisher.Mono;

/** Breaks the layering: an adapter calls a service directly instead of its inbound port. */
public final class ControllerCallingService {

  private final ScoreTicketService service;

  public ControllerCallingService(ScoreTicketService service) {
    this.service = service;
  }

  public Mono<Ticket> score(String ticketId) {
    return service.score(new ScoreTicketCommand(ticketId));
  }
}
