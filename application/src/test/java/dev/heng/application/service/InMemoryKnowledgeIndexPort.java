package dev.heng.application.service;

import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.SearchKnowledgePort;
import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.ArticleLink;
import dev.heng.domain.knowledge.KnowledgeActivity;
import dev.heng.domain.knowledge.KnowledgeSearch;
import dev.heng.domain.knowledge.KnowledgeTicket;
import dev.heng.domain.knowledge.SimilarTicket;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.KnowledgeArticle;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import reactor.core.publisher.Mono;

/**
 * The knowledge index in memory. Similarity is the number of distinct lower-case words a ticket's
 * subject, description and resolution share with the text; that is enough to order the fixtures of
 * service tests, not a model of Lucene's ranking.
 */
final class InMemoryKnowledgeIndexPort
    implements IndexKnowledgePort, SearchKnowledgePort, LoadKnowledgeActivityPort {

  private final Map<TenantId, Map<String, KnowledgeTicket>> tickets = new HashMap<>();
  private final Map<TenantId, Map<String, ArticleFacts>> articles = new HashMap<>();
  private final Map<TenantId, Map<String, ArticleLink>> links = new HashMap<>();
  private final Map<TenantId, Map<String, KnowledgeSearch>> searches = new HashMap<>();
  private final Map<String, Instant> marks = new HashMap<>();
  private final Map<String, Instant> indexedAt = new HashMap<>();
  private int indexed;
  private int clears;

  @Override
  public synchronized Mono<Void> index(TenantId tenantId, List<IntakeRecord> records) {
    for (IntakeRecord record : records) {
      indexed++;
      String type =
          switch (record) {
            case Ticket ticket -> "/t/";
            case KnowledgeArticle article -> "/a/";
            default -> "/e/";
          };
      indexedAt.put(tenantId + type + record.externalId(), Instant.now());
      switch (record) {
        case Ticket ticket ->
            of(tickets, tenantId).put(ticket.externalId(), KnowledgeTicket.of(ticket));
        case KnowledgeArticle article ->
            of(articles, tenantId).put(article.externalId(), ArticleFacts.of(article));
        case TicketEvent event when event.type() == EventType.KNOWLEDGE_LINKED ->
            of(links, tenantId)
                .put(
                    event.externalId(),
                    new ArticleLink(
                        event.externalId(),
                        event.ticketId(),
                        event.articleId(),
                        event.actorId(),
                        event.occurredAt()));
        case TicketEvent event when event.type() == EventType.KNOWLEDGE_SEARCHED ->
            of(searches, tenantId)
                .put(
                    event.externalId(),
                    new KnowledgeSearch(
                        event.externalId(), event.ticketId(), event.actorId(), event.occurredAt()));
        default -> indexed--;
      }
    }
    return Mono.empty();
  }

  @Override
  public synchronized Mono<Instant> indexedUpTo(Tenant tenant, RecordKind kind) {
    return Mono.justOrEmpty(marks.get(markKey(tenant, kind)));
  }

  @Override
  public synchronized Mono<Void> markIndexedUpTo(Tenant tenant, RecordKind kind, Instant upTo) {
    marks.put(markKey(tenant, kind), upTo);
    return Mono.empty();
  }

  @Override
  public synchronized Mono<Void> removeIndexedBefore(TenantId tenantId, Instant before) {
    of(tickets, tenantId)
        .keySet()
        .removeIf(id -> indexedAt.get(tenantId + "/t/" + id).isBefore(before));
    of(articles, tenantId)
        .keySet()
        .removeIf(id -> indexedAt.get(tenantId + "/a/" + id).isBefore(before));
    of(links, tenantId)
        .keySet()
        .removeIf(id -> indexedAt.get(tenantId + "/e/" + id).isBefore(before));
    of(searches, tenantId)
        .keySet()
        .removeIf(id -> indexedAt.get(tenantId + "/e/" + id).isBefore(before));
    marks.keySet().removeIf(key -> key.startsWith(tenantId.value() + "/"));
    clears++;
    return Mono.empty();
  }

  /** How often a tenant's old entries were removed. */
  synchronized int clearCount() {
    return clears;
  }

  private static String markKey(Tenant tenant, RecordKind kind) {
    return tenant.id().value() + "/" + tenant.createdAt() + "/" + kind;
  }

  @Override
  public synchronized Mono<List<SimilarTicket>> similarTickets(
      TenantId tenantId, String text, String excludeTicketId, int limit) {
    Set<String> words = words(text);
    List<SimilarTicket> found = new ArrayList<>();
    for (KnowledgeTicket ticket : of(tickets, tenantId).values()) {
      if (!ticket.resolved() || ticket.ticketId().equals(excludeTicketId)) {
        continue;
      }
      Set<String> shared =
          words(
              Stream.of(ticket.subject(), ticket.description(), ticket.resolution())
                  .filter(part -> part != null)
                  .collect(Collectors.joining(" ")));
      shared.retainAll(words);
      if (!shared.isEmpty()) {
        List<String> linked =
            of(links, tenantId).values().stream()
                .filter(link -> link.ticketId().equals(ticket.ticketId()))
                .map(ArticleLink::articleId)
                .distinct()
                .toList();
        found.add(new SimilarTicket(ticket, shared.size(), linked));
      }
    }
    found.sort(
        Comparator.comparingDouble(SimilarTicket::score)
            .reversed()
            .thenComparing(similar -> similar.ticket().ticketId()));
    return Mono.just(List.copyOf(found.subList(0, Math.min(limit, found.size()))));
  }

  @Override
  public synchronized Mono<List<ArticleLink>> linksToArticles(
      TenantId tenantId, Collection<String> articleIds) {
    return Mono.just(
        sorted(
            of(links, tenantId).values().stream().filter(l -> articleIds.contains(l.articleId()))));
  }

  @Override
  public synchronized Mono<List<ArticleLink>> linksOnTickets(
      TenantId tenantId, Collection<String> ticketIds) {
    return Mono.just(
        sorted(
            of(links, tenantId).values().stream().filter(l -> ticketIds.contains(l.ticketId()))));
  }

  @Override
  public synchronized Mono<List<ArticleFacts>> articles(
      TenantId tenantId, Collection<String> articleIds) {
    return Mono.just(
        of(articles, tenantId).values().stream()
            .filter(article -> articleIds.contains(article.articleId()))
            .toList());
  }

  @Override
  public synchronized Mono<KnowledgeActivity> load(TenantId tenantId, Instant from, Instant to) {
    List<ArticleLink> inPeriod =
        of(links, tenantId).values().stream()
            .filter(link -> !link.linkedAt().isBefore(from) && link.linkedAt().isBefore(to))
            .toList();
    return Mono.just(
        new KnowledgeActivity(
            List.copyOf(of(articles, tenantId).values()),
            inPeriod,
            List.copyOf(of(tickets, tenantId).values()),
            of(searches, tenantId).values().stream()
                .filter(s -> !s.searchedAt().isBefore(from) && s.searchedAt().isBefore(to))
                .toList()));
  }

  /** How many records were indexed, counting repeats. */
  synchronized int indexedCount() {
    return indexed;
  }

  private static List<ArticleLink> sorted(Stream<ArticleLink> links) {
    return links.sorted(Comparator.comparing(ArticleLink::linkedAt)).toList();
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+"))
        .filter(word -> word.length() > 3)
        .collect(Collectors.toSet());
  }

  private static <T> Map<String, T> of(Map<TenantId, Map<String, T>> byTenant, TenantId tenantId) {
    return byTenant.computeIfAbsent(tenantId, id -> new LinkedHashMap<>());
  }
}
