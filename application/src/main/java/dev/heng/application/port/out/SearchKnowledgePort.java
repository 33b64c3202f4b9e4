package dev.heng.application.port.out;

import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.ArticleLink;
import dev.heng.domain.knowledge.SimilarTicket;
import dev.heng.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Searches one tenant's part of the knowledge index; no answer ever holds another tenant's entries.
 * Every mono signals a {@link KnowledgeIndexException} if the index cannot be read.
 */
public interface SearchKnowledgePort {

  /**
   * Finds the resolved tickets most similar to a text, by their subject, description and
   * resolution, with the articles linked to each.
   *
   * @param text the text to match, not blank; English and Chinese are both understood
   * @param excludeTicketId a ticket to leave out of the answer (the one asked about), or null
   * @param limit the most tickets to answer, 1 or more
   * @return a mono of the tickets, most similar first; empty list when nothing matches
   */
  Mono<List<SimilarTicket>> similarTickets(
      TenantId tenantId, String text, String excludeTicketId, int limit);

  /**
   * Lists the links to articles.
   *
   * @return a mono of every indexed link to one of the articles, oldest first
   */
  Mono<List<ArticleLink>> linksToArticles(TenantId tenantId, Collection<String> articleIds);

  /**
   * Lists the links made on tickets.
   *
   * @return a mono of every indexed link on one of the tickets, oldest first
   */
  Mono<List<ArticleLink>> linksOnTickets(TenantId tenantId, Collection<String> ticketIds);

  /**
   * Looks articles up.
   *
   * @return a mono of those of the articles the index holds, in no particular order
   */
  Mono<List<ArticleFacts>> articles(TenantId tenantId, Collection<String> articleIds);
}
