package dev.heng.bootstrap;

import dev.heng.application.port.in.CheckCapacityCommand;
import dev.heng.application.port.in.CheckCapacityUseCase;
import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.application.port.in.ScorePeriodUseCase;
import dev.heng.application.port.in.ScoringRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Checks capacity after every completed scoring run: a run grades customers anew, which changes the
 * difficulty-weighted pools. A failing check does not fail the run; it is logged.
 */
final class CapacityCheckingScorePeriod implements ScorePeriodUseCase {

  private static final Logger log = LoggerFactory.getLogger(CapacityCheckingScorePeriod.class);

  private final ScorePeriodUseCase delegate;
  private final CheckCapacityUseCase checkCapacity;

  CapacityCheckingScorePeriod(ScorePeriodUseCase delegate, CheckCapacityUseCase checkCapacity) {
    this.delegate = delegate;
    this.checkCapacity = checkCapacity;
  }

  @Override
  public Mono<ScoringRun> score(ScorePeriodCommand command) {
    return delegate
        .score(command)
        .flatMap(
            run -> {
              if (!(run instanceof ScoringRun.Completed)) {
                return Mono.just(run);
              }
              long tenant = command.caller().tenantId().value();
              return checkCapacity
                  .check(new CheckCapacityCommand(command.caller().tenantId()))
                  .doOnNext(
                      check -> {
                        if (check.raised() > 0 || check.resolved() > 0) {
                          log.info(
                              "tenant={} capacity check after scoring: {} agents, {} raised, {}"
                                  + " resolved",
                              tenant,
                              check.agents(),
                              check.raised(),
                              check.resolved());
                        }
                      })
                  .thenReturn(run)
                  .onErrorResume(
                      error -> {
                        log.warn(
                            "tenant={} capacity check after scoring failed; the run is stored",
                            tenant,
                            error);
                        return Mono.just(run);
                      });
            });
  }
}
