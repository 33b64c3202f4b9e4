package dev.heng.archfixture.application.port.out;

import dev.heng.archfixture.domain.ticket.Ticket;
import reactor.core.publisher.Mono;

/** Compliant: an outbound port named for the need. */
public interface LoadTicketPort {

  Mono<Ticket> load(String ticketId);
}
