package dev.heng.archfixture.application.port.out;

import dev.heng.archfixture.domain.ticket.Ticket;
import org.reactivestreams.Publisher;

/**
 * Breaks "the application depends only on the domain and Reactor": it returns the bare Reactive
 * Streams interface instead of a {@code Flux}.
 */
public interface StreamTicketsPort {

  Publisher<Ticket> streamAll();
}
