package dev.heng.archfixture.application.service;

import dev.heng.archfixture.application.port.in.ScoreTicketCommand;
import dev.heng.archfixture.application.port.in.ScoreTicketUseCase;
import dev.heng.archfixture.domain.ticket.Ticket;
import reactor.core.publisher.Mono;

/** Breaks "use case implementations are named ...Service". */
public final class ScoreTicketInteractor implements ScoreTicketUseCase {

  @Override
  public Mono<Ticket> score(ScoreTicketCommand command) {
    return Mono.just(new Ticket(command.ticketId()));
  }
}
