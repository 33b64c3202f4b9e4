package dev.heng.adapter.in.web;

import dev.heng.application.port.in.ConfigLookup;
import dev.heng.application.port.in.ConfigUpdate;
import dev.heng.application.port.in.FindAgentScorecardQuery;
import dev.heng.application.port.in.FindAgentScorecardUseCase;
import dev.heng.application.port.in.FindCustomerDifficultyQuery;
import dev.heng.application.port.in.FindCustomerDifficultyUseCase;
import dev.heng.application.port.in.FindScoringConfigQuery;
import dev.heng.application.port.in.FindScoringConfigUseCase;
import dev.heng.application.port.in.FindTeamScorecardsQuery;
import dev.heng.application.port.in.FindTeamScorecardsUseCase;
import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.application.port.in.ScorePeriodUseCase;
import dev.heng.application.port.in.ScoringRun;
import dev.heng.application.port.in.UpdateScoringConfigCommand;
import dev.heng.application.port.in.UpdateScoringConfigUseCase;
import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringConfigVersion;
import dev.heng.domain.scoring.ScoringPeriod;
import java.time.Instant;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Scorecards, customer difficulty, the scoring configuration and scoring runs. */
@RestController
@RequestMapping("/api/v1")
class ScoringController {

  private static final Logger log = LoggerFactory.getLogger(ScoringController.class);

  private final FindAgentScorecardUseCase agentScorecard;
  private final FindTeamScorecardsUseCase teamScorecards;
  private final FindCustomerDifficultyUseCase customerDifficulty;
  private final FindScoringConfigUseCase findConfig;
  private final UpdateScoringConfigUseCase updateConfig;
  private final ScorePeriodUseCase scorePeriod;
  private final ScoringMapper mapper;
  private final ScoringConfigCodec configCodec;

  ScoringController(
      FindAgentScorecardUseCase agentScorecard,
      FindTeamScorecardsUseCase teamScorecards,
      FindCustomerDifficultyUseCase customerDifficulty,
      FindScoringConfigUseCase findConfig,
      UpdateScoringConfigUseCase updateConfig,
      ScorePeriodUseCase scorePeriod,
      ScoringMapper mapper,
      ScoringConfigCodec configCodec) {
    this.agentScorecard = agentScorecard;
    this.teamScorecards = teamScorecards;
    this.customerDifficulty = customerDifficulty;
    this.findConfig = findConfig;
    this.updateConfig = updateConfig;
    this.scorePeriod = scorePeriod;
    this.mapper = mapper;
    this.configCodec = configCodec;
  }

  /** A scoring run request: the period to score, such as {@code 2026-11}. */
  record RunRequest(String period) {}

  /** A stored configuration version; version 0 is Heng's defaults, with no time. */
  record ConfigView(int version, Instant createdAt, ScoringConfigDto config) {}

  @GetMapping("/agents/{agentId}/scorecards")
  Mono<ResponseEntity<Object>> agentScorecard(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String agentId,
      @RequestParam(required = false) String period) {
    return withPeriod(
        period,
        scoringPeriod ->
            agentScorecard
                .find(new FindAgentScorecardQuery(caller, agentId, scoringPeriod))
                .map(card -> ResponseEntity.ok((Object) mapper.toView(card)))
                .defaultIfEmpty(
                    Problems.notFound(
                        "a scorecard of agent '" + agentId + "' for " + scoringPeriod.label())));
  }

  @GetMapping("/teams/{teamId}/scorecards")
  Mono<ResponseEntity<Object>> teamScorecards(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String teamId,
      @RequestParam(required = false) String period) {
    return withPeriod(
        period,
        scoringPeriod ->
            teamScorecards
                .find(new FindTeamScorecardsQuery(caller, teamId, scoringPeriod))
                .map(team -> ResponseEntity.ok((Object) mapper.toView(team)))
                .defaultIfEmpty(Problems.notFound("teams '" + teamId + "'")));
  }

  @GetMapping("/customers/{customerId}/difficulty")
  Mono<ResponseEntity<Object>> customerDifficulty(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestParam(required = false) String period) {
    ScoringPeriod scoringPeriod;
    try {
      scoringPeriod = period == null ? null : ScoringPeriod.parse(period);
    } catch (IllegalArgumentException e) {
      return Mono.just(Problems.invalidParameter("period", e.getMessage()));
    }
    return customerDifficulty
        .find(new FindCustomerDifficultyQuery(caller, customerId, scoringPeriod))
        .map(difficulty -> ResponseEntity.ok((Object) mapper.toView(difficulty)))
        .defaultIfEmpty(Problems.notFound("a graded difficulty of customer '" + customerId + "'"));
  }

  @GetMapping("/scoring/config")
  Mono<ResponseEntity<Object>> config(@AuthenticationPrincipal Caller caller) {
    return findConfig
        .find(new FindScoringConfigQuery(caller))
        .map(
            lookup ->
                switch (lookup) {
                  case ConfigLookup.Found found -> ResponseEntity.ok(view(found.current()));
                  case ConfigLookup.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                });
  }

  @PutMapping(path = "/scoring/config", consumes = "application/json")
  Mono<ResponseEntity<Object>> updateConfig(
      @AuthenticationPrincipal Caller caller, @RequestBody String body) {
    if (!caller.role().mayConfigureScoring()) {
      return Mono.just(
          Problems.of(
              HttpStatus.FORBIDDEN,
              "Forbidden",
              "role " + caller.role() + " may not change the scoring configuration"));
    }
    return switch (configCodec.read(body)) {
      case ScoringConfigCodec.Decoded.Unreadable unreadable ->
          Mono.just(Problems.invalidFields("Invalid configuration", unreadable.problems()));
      case ScoringConfigCodec.Decoded.Config decoded ->
          updateConfig
              .update(new UpdateScoringConfigCommand(caller, decoded.config()))
              .map(
                  update ->
                      switch (update) {
                        case ConfigUpdate.Saved saved -> {
                          log.info(
                              "tenant={} stored scoring configuration version {}",
                              caller.tenantId().value(),
                              saved.stored().version());
                          yield ResponseEntity.ok(view(saved.stored()));
                        }
                        case ConfigUpdate.Rejected rejected ->
                            Problems.invalidFields("Invalid configuration", rejected.problems());
                        case ConfigUpdate.Forbidden forbidden ->
                            Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                      });
    };
  }

  // Known gap: the run is computed within the request; a very large tenant should run it as a job
  // with progress instead of waiting on the request.
  @PostMapping(path = "/scoring/runs", consumes = "application/json")
  Mono<ResponseEntity<Object>> run(
      @AuthenticationPrincipal Caller caller, @RequestBody RunRequest request) {
    String period = request == null ? null : request.period();
    return withPeriod(
        period,
        scoringPeriod -> {
          long started = System.nanoTime();
          return scorePeriod
              .score(new ScorePeriodCommand(caller, scoringPeriod))
              .map(
                  run ->
                      switch (run) {
                        case ScoringRun.Completed completed -> {
                          log.info(
                              "tenant={} scored {}: {} agents, {} customers, {} tickets in {} ms",
                              caller.tenantId().value(),
                              completed.period(),
                              completed.agents(),
                              completed.customers(),
                              completed.tickets(),
                              (System.nanoTime() - started) / 1_000_000);
                          yield ResponseEntity.ok((Object) mapper.toView(completed));
                        }
                        case ScoringRun.Forbidden forbidden ->
                            Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                      });
        });
  }

  private ConfigView view(ScoringConfigVersion version) {
    return new ConfigView(
        version.version(), version.createdAt(), configCodec.write(version.config()));
  }

  private static Mono<ResponseEntity<Object>> withPeriod(
      String period, Function<ScoringPeriod, Mono<ResponseEntity<Object>>> then) {
    if (period == null || period.isBlank()) {
      return Mono.just(
          Problems.invalidParameter(
              "period", "is required, such as 2026-11, 2026-W48, 2026-Q4 or 2026-11-30"));
    }
    ScoringPeriod parsed;
    try {
      parsed = ScoringPeriod.parse(period);
    } catch (IllegalArgumentException e) {
      return Mono.just(Problems.invalidParameter("period", e.getMessage()));
    }
    return then.apply(parsed);
  }
}
