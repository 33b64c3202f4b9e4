package dev.heng.adapter.in.web;

import dev.heng.application.port.in.FindImprovementSuggestionsQuery;
import dev.heng.application.port.in.FindImprovementSuggestionsUseCase;
import dev.heng.application.port.in.SuggestionLookup;
import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringPeriod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An agent's improvement suggestions against peers with comparable workload. */
@RestController
@RequestMapping("/api/v1")
class SuggestionController {

  private final FindImprovementSuggestionsUseCase suggestions;
  private final SuggestionMapper mapper;

  SuggestionController(FindImprovementSuggestionsUseCase suggestions, SuggestionMapper mapper) {
    this.suggestions = suggestions;
    this.mapper = mapper;
  }

  @GetMapping("/agents/{agentId}/suggestions")
  Mono<ResponseEntity<Object>> suggestions(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String agentId,
      @RequestParam(required = false) String period) {
    ScoringPeriod scoringPeriod;
    try {
      scoringPeriod = period == null || period.isBlank() ? null : ScoringPeriod.parse(period);
    } catch (IllegalArgumentException e) {
      return Mono.just(Problems.invalidParameter("period", e.getMessage()));
    }
    return suggestions
        .find(new FindImprovementSuggestionsQuery(caller, agentId, scoringPeriod))
        .map(
            lookup ->
                switch (lookup) {
                  case SuggestionLookup.Found found ->
                      ResponseEntity.ok((Object) mapper.toView(found.plan()));
                  case SuggestionLookup.NotScored notScored -> notScored(notScored.period());
                  case SuggestionLookup.AgentNotScored missing ->
                      Problems.notFound(
                          "a scorecard of agent '" + agentId + "' for " + missing.period());
                })
        .defaultIfEmpty(Problems.notFound("agents '" + agentId + "'"));
  }

  private static ResponseEntity<Object> notScored(String period) {
    String detail =
        period == null
            ? "no scoring run is stored for this tenant yet; score a period first with POST"
                + " /api/v1/scoring/runs {\"period\": \"2026-11\"}"
            : "no scoring run is stored for "
                + period
                + "; score it first with POST /api/v1/scoring/runs {\"period\": \""
                + period
                + "\"}";
    return Problems.of(HttpStatus.CONFLICT, "Not scored", detail);
  }
}
