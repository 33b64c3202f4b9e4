package dev.heng.application.service;

import dev.heng.application.port.in.ArticleNeighbourhood;
import dev.heng.application.port.in.ArticleNeighbourhood.UsedTogether;
import dev.heng.application.port.in.FindArticleNeighboursQuery;
import dev.heng.application.port.in.FindArticleNeighboursUseCase;
import dev.heng.application.port.out.SearchKnowledgePort;
import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.ArticleLink;
import dev.heng.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * Reads an article's edges: ticket-article links, and article-article edges weighted by how many
 * tickets both were linked to.
 */
public final class FindArticleNeighboursService implements FindArticleNeighboursUseCase {

  private final SearchKnowledgePort search;

  public FindArticleNeighboursService(SearchKnowledgePort search) {
    this.search = search;
  }

  @Override
  public Mono<ArticleNeighbourhood> find(FindArticleNeighboursQuery query) {
    TenantId tenant = query.caller().tenantId();
    return search
        .articles(tenant, List.of(query.articleId()))
        .flatMap(found -> found.isEmpty() ? Mono.empty() : Mono.just(found.getFirst()))
        .flatMap(
            article ->
                search
                    .linksToArticles(tenant, List.of(article.articleId()))
                    .flatMap(links -> neighbourhood(tenant, article, links)));
  }

  private Mono<ArticleNeighbourhood> neighbourhood(
      TenantId tenant, ArticleFacts article, List<ArticleLink> links) {
    Set<String> tickets = links.stream().map(ArticleLink::ticketId).collect(Collectors.toSet());
    return search
        .linksOnTickets(tenant, tickets)
        .flatMap(
            coLinks -> {
              Map<String, Set<String>> ticketsByArticle = new HashMap<>();
              for (ArticleLink link : coLinks) {
                if (!link.articleId().equals(article.articleId())) {
                  ticketsByArticle
                      .computeIfAbsent(link.articleId(), id -> new HashSet<>())
                      .add(link.ticketId());
                }
              }
              return search
                  .articles(tenant, ticketsByArticle.keySet())
                  .map(
                      others -> {
                        Map<String, ArticleFacts> byId =
                            others.stream()
                                .collect(
                                    Collectors.toMap(ArticleFacts::articleId, Function.identity()));
                        List<UsedTogether> usedWith =
                            ticketsByArticle.entrySet().stream()
                                .map(
                                    entry ->
                                        new UsedTogether(
                                            byId.get(entry.getKey()),
                                            entry.getKey(),
                                            entry.getValue().size()))
                                .sorted(
                                    Comparator.comparingInt(UsedTogether::sharedTickets)
                                        .reversed()
                                        .thenComparing(UsedTogether::articleId))
                                .toList();
                        return new ArticleNeighbourhood(article, links, usedWith);
                      });
            });
  }
}
