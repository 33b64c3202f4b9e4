package dev.heng.archfixture.application.port.in;

import dev.heng.archfixture.domain.ticket.Ticket;
import reactor.core.publisher.Mono;

/** Compliant: an inbound port named as a use case. */
public interface ScoreTicketUseCase {

  Mono<Ticket> score(ScoreTicketCommand command);
}
