package dev.heng.archfixture.adapter.in.web;

import dev.heng.archfixture.application.port.in.ScoreTicketCommand;
import dev.heng.archfixture.application.port.in.ScoreTicketUseCase;
import dev.heng.archfixture.domain.ticket.Ticket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/** Compliant: a driving adapter that goes through an inbound port and logs the house way. */
public final class TicketController {

  private static final Logger log = LoggerFactory.getLogger(TicketController.class);

  private final ScoreTicketUseCase scoreTicket;

  public TicketController(ScoreTicketUseCase scoreTicket) {
    this.scoreTicket = scoreTicket;
  }

  public Mono<Ticket> score(String ticketId) {
    log.debug("scoring ticket {}", ticketId);
    return scoreTicket.score(new ScoreTicketCommand(ticketId));
  }
}
