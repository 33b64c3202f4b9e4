package dev.heng.archfixture.application.port.out;

import dev.heng.archfixture.domain.ticket.Ticket;
import reactor.core.publisher.Mono;

/** Breaks "outbound ports are named ...Port". */
public interface TicketRepository {

  Mono<Ticket> findById(String ticketId);
}
