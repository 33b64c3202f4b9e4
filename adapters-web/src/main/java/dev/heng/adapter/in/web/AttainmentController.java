package dev.heng.adapter.in.web;

import dev.heng.application.port.in.AttainmentRun;
import dev.heng.application.port.in.AttainmentRunOutcome;
import dev.heng.application.port.in.FindAttainmentQuery;
import dev.heng.application.port.in.FindAttainmentUseCase;
import dev.heng.application.port.in.RunAttainmentCommand;
import dev.heng.application.port.in.RunAttainmentUseCase;
import dev.heng.domain.access.Caller;
import dev.heng.domain.attainment.SubjectType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/** Hourly attainment of agents and teams, and computing a range of hours on request. */
@RestController
@RequestMapping("/api/v1")
class AttainmentController {

  private static final Logger log = LoggerFactory.getLogger(AttainmentController.class);

  private static final String TIME_FORM = "an ISO-8601 UTC time such as 2026-11-23T09:00:00Z";

  /** The longest range one read may span: 31 days of hours. */
  static final Duration MAX_READ_SPAN = Duration.ofDays(31);

  /** The longest range one run may compute: 92 days, a quarter. */
  static final Duration MAX_RUN_SPAN = Duration.ofDays(92);

  private final FindAttainmentUseCase find;
  private final RunAttainmentUseCase run;

  AttainmentController(FindAttainmentUseCase find, RunAttainmentUseCase run) {
    this.find = find;
    this.run = run;
  }

  /** A request to compute the hours of a range. */
  record RunRequest(String from, String to) {}

  /** What a run computed. */
  record RunView(
      Instant from,
      Instant to,
      int hours,
      int tickets,
      int hoursChecked,
      int raised,
      int resolved) {

    static RunView of(AttainmentRun run) {
      return new RunView(
          run.from(),
          run.to(),
          run.hours(),
          run.tickets(),
          run.hoursChecked(),
          run.raised(),
          run.resolved());
    }
  }

  @GetMapping("/agents/{agentId}/attainment")
  Mono<ResponseEntity<Object>> agent(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String agentId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return series(caller, SubjectType.AGENT, agentId, from, to, "agents '" + agentId + "'");
  }

  @GetMapping("/teams/{teamId}/attainment")
  Mono<ResponseEntity<Object>> team(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String teamId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return series(caller, SubjectType.TEAM, teamId, from, to, "teams '" + teamId + "'");
  }

  @PostMapping(path = "/attainment/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<Object>> run(
      @AuthenticationPrincipal Caller caller, @RequestBody RunRequest request) {
    String from = request == null ? null : request.from();
    String to = request == null ? null : request.to();
    return withRange(
        from,
        to,
        MAX_RUN_SPAN,
        (start, end) -> {
          long started = System.nanoTime();
          return run.run(new RunAttainmentCommand(caller, start, end))
              .map(
                  outcome ->
                      switch (outcome) {
                        case AttainmentRunOutcome.Computed computed -> {
                          log.info(
                              "tenant={} computed attainment {} to {}: {} subject-hours, {}"
                                  + " tickets, {} anomalies raised, {} resolved in {} ms",
                              caller.tenantId().value(),
                              computed.run().from(),
                              computed.run().to(),
                              computed.run().hours(),
                              computed.run().tickets(),
                              computed.run().raised(),
                              computed.run().resolved(),
                              (System.nanoTime() - started) / 1_000_000);
                          yield ResponseEntity.ok((Object) RunView.of(computed.run()));
                        }
                        case AttainmentRunOutcome.Forbidden forbidden ->
                            Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                      });
        });
  }

  private Mono<ResponseEntity<Object>> series(
      Caller caller, SubjectType type, String id, String from, String to, String what) {
    return withRange(
        from,
        to,
        MAX_READ_SPAN,
        (start, end) ->
            find.find(new FindAttainmentQuery(caller, type, id, start, end))
                .map(series -> ResponseEntity.ok((Object) AttainmentView.of(series)))
                .defaultIfEmpty(Problems.notFound(what)));
  }

  /**
   * Checks {@code from} and {@code to} and hands them on, or answers 400 naming the parameter and
   * why: missing, not a time, not in order, or spanning too long.
   */
  private static Mono<ResponseEntity<Object>> withRange(
      String from,
      String to,
      Duration maxSpan,
      BiFunction<Instant, Instant, Mono<ResponseEntity<Object>>> then) {
    ResponseEntity<Object> invalid = invalidTime("from", from);
    if (invalid == null) {
      invalid = invalidTime("to", to);
    }
    if (invalid != null) {
      return Mono.just(invalid);
    }
    Instant start = Instant.parse(from);
    Instant end = Instant.parse(to);
    if (!start.isBefore(end)) {
      return Mono.just(Problems.invalidParameter("to", "must be after from"));
    }
    if (Duration.between(start, end).compareTo(maxSpan) > 0) {
      return Mono.just(
          Problems.invalidParameter(
              "to", "must be at most " + maxSpan.toDays() + " days after from"));
    }
    return then.apply(start, end);
  }

  /** The 400 for a time parameter that is missing or not a time, or null when it is a time. */
  private static ResponseEntity<Object> invalidTime(String name, String text) {
    if (text == null || text.isBlank()) {
      return Problems.invalidParameter(name, "is required, " + TIME_FORM);
    }
    try {
      Instant.parse(text);
      return null;
    } catch (DateTimeParseException e) {
      return Problems.invalidParameter(name, "must be " + TIME_FORM + ", was '" + text + "'");
    }
  }
}
