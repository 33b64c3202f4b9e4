package dev.heng.application.service;

import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.domain.access.Caller;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Ticket;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import reactor.core.publisher.Mono;

/** The text a search for tickets like a given one starts from. */
final class TicketProbe {

  private TicketProbe() {}

  /**
   * The text to match: the given text, or the subject and description of the caller's ticket.
   *
   * @return a mono of the text, or an empty mono when the ticket is missing or out of scope, or has
   *     neither subject nor description
   */
  static Mono<String> text(LoadRecordsPort records, Caller caller, String ticketId, String text) {
    if (text != null) {
      return Mono.just(text);
    }
    return records
        .load(caller.tenantId(), RecordKind.TICKETS, ticketId, caller.scope())
        .cast(Ticket.class)
        .mapNotNull(
            ticket -> {
              String joined =
                  Stream.of(ticket.subject(), ticket.description())
                      .filter(part -> part != null && !part.isBlank())
                      .collect(Collectors.joining("\n"));
              return joined.isEmpty() ? null : joined;
            });
  }
}
