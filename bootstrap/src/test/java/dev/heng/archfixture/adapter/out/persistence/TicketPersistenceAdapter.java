package dev.heng.archfixture.adapter.out.persistence;

import dev.heng.archfixture.application.port.out.LoadTicketPort;
import dev.heng.archfixture.domain.ticket.Ticket;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Compliant: R2DBC inside the persistence adapter, behind an outbound port. */
public final class TicketPersistenceAdapter implements LoadTicketPort {

  private final DatabaseClient database;

  public TicketPersistenceAdapter(DatabaseClient database) {
    this.database = database;
  }

  @Override
  public Mono<Ticket> load(String ticketId) {
    return database
        .sql("SELECT id FROM ticket WHERE id = :id")
        .bind("id", ticketId)
        .fetch()
        .one()
        .map(row -> new Ticket(String.valueOf(row.get("id"))));
  }
}
