package dev.heng.application.service;

import dev.heng.application.port.in.FindSimilarTicketsQuery;
import dev.heng.application.port.in.FindSimilarTicketsUseCase;
import dev.heng.application.port.in.SimilarTickets;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.SearchKnowledgePort;
import dev.heng.domain.knowledge.SimilarTicket;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Finds resolved tickets like a ticket or a text. Knowledge is the tenant's shared asset, so the
 * similar tickets come from the whole tenant whatever the caller's scope; only the ticket asked
 * about must lie within it.
 */
public final class FindSimilarTicketsService implements FindSimilarTicketsUseCase {

  private final LoadRecordsPort records;
  private final SearchKnowledgePort search;

  public FindSimilarTicketsService(LoadRecordsPort records, SearchKnowledgePort search) {
    this.records = records;
    this.search = search;
  }

  // Known gap: ticket-ticket edges are computed per request, not stored with a threshold, and
  // their BM25 scores compare only within one answer.
  @Override
  public Mono<SimilarTickets> find(FindSimilarTicketsQuery query) {
    return TicketProbe.text(records, query.caller(), query.ticketId(), query.text())
        .flatMap(
            text ->
                search.similarTickets(
                    query.caller().tenantId(), text, query.ticketId(), query.limit()))
        .flatMap(
            tickets ->
                search
                    .articles(query.caller().tenantId(), linkedArticles(tickets))
                    .map(articles -> new SimilarTickets(tickets, articles)))
        .switchIfEmpty(
            query.ticketId() == null
                ? Mono.just(new SimilarTickets(List.of(), List.of()))
                : Mono.empty());
  }

  static Set<String> linkedArticles(List<SimilarTicket> tickets) {
    Set<String> ids = new LinkedHashSet<>();
    tickets.forEach(ticket -> ids.addAll(ticket.linkedArticleIds()));
    return ids;
  }
}
