package dev.heng.application.service;

import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.application.port.in.ScorePeriodUseCase;
import dev.heng.application.port.in.ScoringRun;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.LoadMessageSentimentsPort;
import dev.heng.application.port.out.LoadScoringInputsPort;
import dev.heng.application.port.out.ScorecardStorePort;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.domain.scoring.ScorecardCalculator;
import dev.heng.domain.scoring.ScoringConfigVersion;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Scores a period: loads the tenant's configuration and data, and the knowledge activity and
 * conversation emotion when the configuration scores them; computes off the caller's thread on the
 * given scheduler (the computation is CPU-bound), and replaces the period's stored results. When
 * the knowledge activity cannot be read, the period is scored without it: the knowledge metric then
 * has no data and its weight goes to the metrics that have.
 */
public final class ScorePeriodService implements ScorePeriodUseCase {

  private final ScoringConfigStorePort configs;
  private final ScorecardStorePort scorecards;
  private final ScoringInputs loader;
  private final Clock clock;
  private final ScorecardCalculator calculator = new ScorecardCalculator();

  /**
   * @param computation where the scoring computation runs; a bounded pool, never an event loop
   */
  public ScorePeriodService(
      LoadScoringInputsPort inputs,
      ScoringConfigStorePort configs,
      ScorecardStorePort scorecards,
      LoadKnowledgeActivityPort knowledge,
      LoadMessageSentimentsPort sentiments,
      Scheduler computation,
      Clock clock) {
    this.configs = configs;
    this.scorecards = scorecards;
    this.loader = new ScoringInputs(inputs, knowledge, sentiments, computation);
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
    ScoringPeriod period = command.period();
    return configs
        .current(tenant)
        .defaultIfEmpty(ScoringConfigVersion.defaults())
        .flatMap(
            config ->
                loader
                    .load(tenant, period, List.of(period), config.config())
                    .map(
                        loaded -> {
                          ScoringInput input = loaded.getFirst();
                          return new Computed(input, compute(input, config));
                        }))
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
