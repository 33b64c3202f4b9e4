package dev.heng.archfixture.application.port.in;

import dev.heng.archfixture.domain.ticket.Ticket;
import reactor.core.publisher.Mono;

/** Breaks "inbound ports are named ...UseCase". */
public interface TicketScorer {

  Mono<Ticket> score(ScoreTicketCommand command);
}
