package dev.heng.application.port.in;

import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.SimilarTicket;
import java.util.List;

/**
 * Past tickets similar to a ticket or a text.
 *
 * @param tickets the tickets, most similar first
 * @param articles the articles linked to any of them, for their titles
 */
public record SimilarTickets(List<SimilarTicket> tickets, List<ArticleFacts> articles) {

  public SimilarTickets {
    tickets = List.copyOf(tickets);
    articles = List.copyOf(articles);
  }
}
