package dev.heng.domain.knowledge;

import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.KnowledgeArticle;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's knowledge activity as far as credit for a period needs it.
 *
 * @param articles every article of the tenant, whenever written
 * @param links the article links made in the period
 * @param tickets the tickets the links name, and the tickets resolved in the period
 * @param searches the knowledge searches made in the period
 */
public record KnowledgeActivity(
    List<ArticleFacts> articles,
    List<ArticleLink> links,
    List<KnowledgeTicket> tickets,
    List<KnowledgeSearch> searches) {

  /**
   * @throws NullPointerException if a list is null
   */
  public KnowledgeActivity {
    articles = List.copyOf(articles);
    links = List.copyOf(links);
    tickets = List.copyOf(tickets);
    searches = List.copyOf(searches);
  }

  /**
   * The activity of {@code [from, to)} as intake records tell it: every article, the {@code
   * knowledge_linked} and {@code knowledge_searched} events of the period (an agent's when an agent
   * made them), and the tickets those links name together with the tickets resolved in the period.
   *
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public static KnowledgeActivity of(
      List<KnowledgeArticle> articles,
      List<Ticket> tickets,
      List<TicketEvent> events,
      Instant from,
      Instant to) {
    if (from == null || to == null || !from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, were " + from + " and " + to);
    }
    List<ArticleLink> links = new ArrayList<>();
    List<KnowledgeSearch> searches = new ArrayList<>();
    Set<String> linked = new HashSet<>();
    for (TicketEvent event : events) {
      if (event.occurredAt().isBefore(from) || !event.occurredAt().isBefore(to)) {
        continue;
      }
      String agent = event.actorType() == ActorType.AGENT ? event.actorId() : null;
      if (event.type() == EventType.KNOWLEDGE_LINKED && event.articleId() != null) {
        links.add(
            new ArticleLink(
                event.externalId(),
                event.ticketId(),
                event.articleId(),
                agent,
                event.occurredAt()));
        linked.add(event.ticketId());
      } else if (event.type() == EventType.KNOWLEDGE_SEARCHED) {
        searches.add(
            new KnowledgeSearch(event.externalId(), event.ticketId(), agent, event.occurredAt()));
      }
    }
    List<KnowledgeTicket> named = new ArrayList<>();
    for (Ticket ticket : tickets) {
      boolean resolvedInPeriod =
          ticket.resolvedAt() != null
              && !ticket.resolvedAt().isBefore(from)
              && ticket.resolvedAt().isBefore(to);
      if (resolvedInPeriod || linked.contains(ticket.externalId())) {
        named.add(KnowledgeTicket.of(ticket));
      }
    }
    return new KnowledgeActivity(
        articles.stream().map(ArticleFacts::of).toList(), links, named, searches);
  }

  /**
   * Which agents searched knowledge for which tickets, and linked articles to them, in {@code
   * [from, to)}, for the knowledge-retrieval metric of that period. Searches and links made by no
   * agent (a customer, the system) are left out.
   *
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public KnowledgeUse use(Instant from, Instant to) {
    if (from == null || to == null || !from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, were " + from + " and " + to);
    }
    Map<String, Set<String>> searched = new HashMap<>();
    for (KnowledgeSearch search : searches) {
      if (search.agentId() != null && within(search.searchedAt(), from, to)) {
        searched
            .computeIfAbsent(search.ticketId(), ticket -> new HashSet<>())
            .add(search.agentId());
      }
    }
    Map<String, Set<String>> linked = new HashMap<>();
    for (ArticleLink link : links) {
      if (link.agentId() != null && within(link.linkedAt(), from, to)) {
        linked.computeIfAbsent(link.ticketId(), ticket -> new HashSet<>()).add(link.agentId());
      }
    }
    return new KnowledgeUse(searched, linked);
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }
}
