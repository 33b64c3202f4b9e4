package dev.heng.adapter.in.web;

import dev.heng.application.port.in.ReanalyseMessagesCommand;
import dev.heng.application.port.in.ReanalyseMessagesUseCase;
import dev.heng.application.port.in.Reanalysis;
import dev.heng.application.port.in.ReplayTrajectoryQuery;
import dev.heng.application.port.in.ReplayTrajectoryUseCase;
import dev.heng.domain.access.Caller;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Trajectory replay of a ticket for quality review, and re-analysis of the tenant's message history
 * after a sentiment model or settings change.
 */
@RestController
@RequestMapping("/api/v1")
class TrajectoryController {

  private final ReplayTrajectoryUseCase replay;
  private final ReanalyseMessagesUseCase reanalyse;

  TrajectoryController(ReplayTrajectoryUseCase replay, ReanalyseMessagesUseCase reanalyse) {
    this.replay = replay;
    this.reanalyse = reanalyse;
  }

  @GetMapping("/tickets/{ticketId}/trajectory")
  Mono<ResponseEntity<Object>> trajectory(
      @AuthenticationPrincipal Caller caller, @PathVariable String ticketId) {
    return replay
        .replay(new ReplayTrajectoryQuery(caller, ticketId))
        .map(trajectory -> ResponseEntity.ok((Object) trajectory))
        .defaultIfEmpty(Problems.notFound("tickets '" + ticketId + "'"));
  }

  @PostMapping("/sentiment/reanalysis")
  Mono<ResponseEntity<Object>> reanalysis(@AuthenticationPrincipal Caller caller) {
    return reanalyse
        .reanalyse(new ReanalyseMessagesCommand(caller))
        .map(
            outcome ->
                switch (outcome) {
                  case Reanalysis.Queued queued ->
                      ResponseEntity.status(HttpStatus.ACCEPTED)
                          .body(
                              (Object)
                                  Map.of(
                                      "queuedJobs", queued.jobs(),
                                      "analyserKey", queued.analyserKey()));
                  case Reanalysis.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                });
  }
}
