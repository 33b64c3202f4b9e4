package dev.heng.application.service;

import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.application.port.in.ScorePeriodUseCase;
import dev.heng.application.port.in.ScoringRun;
import dev.heng.application.port.out.LoadScoringInputsPort;
import dev.heng.application.port.out.ScorecardStorePort;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.domain.scoring.ScorecardCalculator;
import dev.heng.domain.scoring.ScoringConfigVersion;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Scores a period: loads the tenant's configuration and data, computes off the caller's thread on
 * the given scheduler (the computation is CPU-bound), and replaces the period's stored results.
 */
public final class ScorePeriodService implements ScorePeriodUseCase {

  private final LoadScoringInputsPort inputs;
  private final ScoringConfigStorePort configs;
  private final ScorecardStorePort scorecards;
  private final Scheduler computation;
  private final Clock clock;
  private final ScorecardCalculator calculator = new ScorecardCalculator();

  /**
   * @param computation where the scoring computation runs; a bounded pool, never an event loop
   */
  public ScorePeriodService(
      LoadScoringInputsPort inputs,
      ScoringConfigStorePort configs,
      ScorecardStorePort scorecards,
      Scheduler computation,
      Clock clock) {
    this.inputs = inputs;
    this.configs = configs;
    this.scorecards = scorecards;
    this.computation = computation;
    this.clock = clock;
  }

  @Override
  public Mono<ScoringRun> score(ScorePeriodCommand command) {
    if (!command.caller().role().mayRunScoring()) {
      return Mono.just(
          new ScoringRun.Forbidden(
              "role " + command.caller().role() + " may not start scoring runs"));
    }
    TenantId tenant = command.caller().tenantId();
    return configs
        .current(tenant)
        .defaultIfEmpty(ScoringConfigVersion.defaults())
        .flatMap(
            config -> {
              Instant historyFrom =
                  command
                      .period()
                      .to()
                      .minus(config.config().difficulty().historyDays(), ChronoUnit.DAYS);
              Instant from =
                  historyFrom.isBefore(command.period().from())
                      ? historyFrom
                      : command.period().from();
              return inputs
                  .load(tenant, command.period(), from)
                  .publishOn(computation)
                  .map(input -> new Computed(input, compute(input, config)));
            })
        .flatMap(
            computed ->
                scorecards
                    .replace(tenant, computed.result(), clock.instant())
                    .thenReturn(completed(computed)));
  }

  private ScoringResult compute(ScoringInput input, ScoringConfigVersion config) {
    return calculator.score(input, config.config(), config.version());
  }

  private static ScoringRun completed(Computed computed) {
    ScoringResult result = computed.result();
    int tickets =
        (int)
            computed.input().tickets().stream()
                .filter(
                    ticket ->
                        !ticket.createdAt().isBefore(result.period().from())
                            && ticket.createdAt().isBefore(result.period().to()))
                .count();
    return new ScoringRun.Completed(
        result.period().label(),
        result.configVersion(),
        result.scorecards().size(),
        result.grading().customers().size(),
        tickets,
        result.grading().source(),
        result.fairness());
  }

  private record Computed(ScoringInput input, ScoringResult result) {}
}
