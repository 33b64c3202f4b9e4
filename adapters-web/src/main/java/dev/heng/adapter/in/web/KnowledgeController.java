package dev.heng.adapter.in.web;

import dev.heng.adapter.in.web.KnowledgeJson.CreditJson;
import dev.heng.adapter.in.web.KnowledgeJson.NeighbourhoodJson;
import dev.heng.adapter.in.web.KnowledgeJson.SimilarTicketsJson;
import dev.heng.adapter.in.web.KnowledgeJson.SolutionPathsJson;
import dev.heng.adapter.in.web.KnowledgeJson.TextRequest;
import dev.heng.application.port.in.FindArticleNeighboursQuery;
import dev.heng.application.port.in.FindArticleNeighboursUseCase;
import dev.heng.application.port.in.FindKnowledgeCreditQuery;
import dev.heng.application.port.in.FindKnowledgeCreditUseCase;
import dev.heng.application.port.in.FindSimilarTicketsQuery;
import dev.heng.application.port.in.FindSimilarTicketsUseCase;
import dev.heng.application.port.in.FindSolutionPathsQuery;
import dev.heng.application.port.in.FindSolutionPathsUseCase;
import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringPeriod;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The knowledge graph: similar tickets and solution paths for a ticket or a text, an article's
 * neighbourhood, and an agent's knowledge-contribution credit.
 */
@RestController
@RequestMapping("/api/v1")
class KnowledgeController {

  private static final int DEFAULT_SIMILAR = 10;
  private static final int DEFAULT_PATHS = 5;

  private final FindSimilarTicketsUseCase similar;
  private final FindSolutionPathsUseCase paths;
  private final FindArticleNeighboursUseCase neighbours;
  private final FindKnowledgeCreditUseCase credit;

  KnowledgeController(
      FindSimilarTicketsUseCase similar,
      FindSolutionPathsUseCase paths,
      FindArticleNeighboursUseCase neighbours,
      FindKnowledgeCreditUseCase credit) {
    this.similar = similar;
    this.paths = paths;
    this.neighbours = neighbours;
    this.credit = credit;
  }

  @GetMapping("/tickets/{ticketId}/similar")
  Mono<ResponseEntity<Object>> similarToTicket(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String ticketId,
      @RequestParam(defaultValue = "" + DEFAULT_SIMILAR) int limit) {
    if (limit < 1 || limit > FindSimilarTicketsQuery.MAX_LIMIT) {
      return Mono.just(badLimit(limit));
    }
    return similar
        .find(new FindSimilarTicketsQuery(caller, ticketId, null, limit))
        .map(found -> ResponseEntity.ok((Object) SimilarTicketsJson.of(found)))
        .defaultIfEmpty(Problems.notFound("ticket " + ticketId));
  }

  @PostMapping(path = "/knowledge/similar", consumes = "application/json")
  Mono<ResponseEntity<Object>> similarToText(
      @AuthenticationPrincipal Caller caller, @RequestBody TextRequest request) {
    int limit = request.limit() == null ? DEFAULT_SIMILAR : request.limit();
    Optional<ResponseEntity<Object>> invalid = invalidText(request.text(), limit);
    if (invalid.isPresent()) {
      return Mono.just(invalid.get());
    }
    return similar
        .find(new FindSimilarTicketsQuery(caller, null, request.text(), limit))
        .map(found -> ResponseEntity.ok((Object) SimilarTicketsJson.of(found)));
  }

  @GetMapping("/tickets/{ticketId}/solution-paths")
  Mono<ResponseEntity<Object>> pathsForTicket(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String ticketId,
      @RequestParam(defaultValue = "" + DEFAULT_PATHS) int limit) {
    if (limit < 1 || limit > FindSolutionPathsQuery.MAX_LIMIT) {
      return Mono.just(badLimit(limit));
    }
    return paths
        .find(new FindSolutionPathsQuery(caller, ticketId, null, limit))
        .map(found -> ResponseEntity.ok((Object) SolutionPathsJson.of(found)))
        .defaultIfEmpty(Problems.notFound("ticket " + ticketId));
  }

  @PostMapping(path = "/knowledge/solution-paths", consumes = "application/json")
  Mono<ResponseEntity<Object>> pathsForText(
      @AuthenticationPrincipal Caller caller, @RequestBody TextRequest request) {
    int limit = request.limit() == null ? DEFAULT_PATHS : request.limit();
    Optional<ResponseEntity<Object>> invalid = invalidText(request.text(), limit);
    if (invalid.isPresent()) {
      return Mono.just(invalid.get());
    }
    return paths
        .find(new FindSolutionPathsQuery(caller, null, request.text(), limit))
        .map(found -> ResponseEntity.ok((Object) SolutionPathsJson.of(found)));
  }

  @GetMapping("/articles/{articleId}/neighbours")
  Mono<ResponseEntity<Object>> neighbours(
      @AuthenticationPrincipal Caller caller, @PathVariable String articleId) {
    return neighbours
        .find(new FindArticleNeighboursQuery(caller, articleId))
        .map(found -> ResponseEntity.ok((Object) NeighbourhoodJson.of(found)))
        .defaultIfEmpty(Problems.notFound("article " + articleId));
  }

  @GetMapping("/agents/{agentId}/knowledge-credit")
  Mono<ResponseEntity<Object>> knowledgeCredit(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String agentId,
      @RequestParam(required = false) String period) {
    if (period == null) {
      return Mono.just(Problems.invalidParameter("period", "is required, such as 2026-11"));
    }
    ScoringPeriod parsed;
    try {
      parsed = ScoringPeriod.parse(period);
    } catch (IllegalArgumentException e) {
      return Mono.just(Problems.invalidParameter("period", e.getMessage()));
    }
    return credit
        .find(new FindKnowledgeCreditQuery(caller, agentId, parsed))
        .map(found -> ResponseEntity.ok((Object) CreditJson.of(parsed.label(), found)))
        .defaultIfEmpty(Problems.notFound("agent " + agentId));
  }

  /** The problem with a text request, or empty when it is valid. */
  private static Optional<ResponseEntity<Object>> invalidText(String text, int limit) {
    if (text == null || text.isBlank()) {
      return Optional.of(Problems.invalidParameter("text", "is required and must not be blank"));
    }
    if (text.length() > 20_000) {
      return Optional.of(Problems.invalidParameter("text", "must be at most 20000 characters"));
    }
    if (limit < 1 || limit > FindSimilarTicketsQuery.MAX_LIMIT) {
      return Optional.of(badLimit(limit));
    }
    return Optional.empty();
  }

  private static ResponseEntity<Object> badLimit(int limit) {
    return Problems.invalidParameter(
        "limit", "must be between 1 and " + FindSimilarTicketsQuery.MAX_LIMIT + ", was " + limit);
  }
}
