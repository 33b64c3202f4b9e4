package dev.heng.application.service;

import dev.heng.application.port.in.DiagnoseHealthQuery;
import dev.heng.application.port.in.DiagnoseHealthUseCase;
import dev.heng.application.port.in.Diagnosis;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.LoadMessageSentimentsPort;
import dev.heng.application.port.out.LoadScoringInputsPort;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.Caller;
import dev.heng.domain.diagnosis.DiagnosisInput;
import dev.heng.domain.diagnosis.HealthDiagnosis;
import dev.heng.domain.diagnosis.HealthDiagnosisCalculator;
import dev.heng.domain.scoring.ScorecardCalculator;
import dev.heng.domain.scoring.ScoringConfigVersion;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.scoring.TicketFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Diagnoses a quarter. The quarter and each of its months are scored from the stored records with
 * the tenant's configuration in force, as a scoring run of that period would score them, but
 * nothing is stored: the diagnosis never depends on which periods someone has run, and never mixes
 * runs made with different configurations. The records are read once for all four periods; the
 * scoring runs one period after another on the given scheduler (it is CPU-bound).
 */
public final class DiagnoseHealthService implements DiagnoseHealthUseCase {

  private final ScoringConfigStorePort configs;
  private final ScoringInputs loader;
  private final ScorecardCalculator scoring = new ScorecardCalculator();
  private final HealthDiagnosisCalculator diagnostician = new HealthDiagnosisCalculator();

  /**
   * @param computation where scoring and diagnosis run; a bounded pool, never an event loop
   */
  public DiagnoseHealthService(
      LoadScoringInputsPort inputs,
      ScoringConfigStorePort configs,
      LoadKnowledgeActivityPort knowledge,
      LoadMessageSentimentsPort sentiments,
      Scheduler computation) {
    this.configs = configs;
    this.loader = new ScoringInputs(inputs, knowledge, sentiments, computation);
  }

  @Override
  public Mono<Diagnosis> diagnose(DiagnoseHealthQuery query) {
    Caller caller = query.caller();
    if (caller.scope() instanceof AccessScope.OwnAgent) {
      return Mono.just(
          new Diagnosis.Forbidden(
              "role "
                  + caller.role()
                  + " may not read the health diagnosis, which describes"
                  + " colleagues"));
    }
    ScoringPeriod quarter = query.quarter();
    List<ScoringPeriod> periods = new ArrayList<>();
    periods.add(quarter);
    periods.addAll(HealthDiagnosisCalculator.months(quarter));
    return configs
        .current(caller.tenantId())
        .defaultIfEmpty(ScoringConfigVersion.defaults())
        .flatMap(
            config ->
                loader
                    .load(caller.tenantId(), quarter, periods, config.config())
                    .map(
                        inputs ->
                            new Diagnosis.Diagnosed(
                                diagnose(caller.scope(), quarter, inputs, config))));
  }

  /** Scores the quarter (first input) and its months (the rest), then diagnoses the scope. */
  private HealthDiagnosis diagnose(
      AccessScope scope,
      ScoringPeriod quarter,
      List<ScoringInput> inputs,
      ScoringConfigVersion config) {
    ScoringResult quarterResult = score(inputs.getFirst(), config);
    Map<String, ScoringResult> months = new HashMap<>();
    for (ScoringInput month : inputs.subList(1, inputs.size())) {
      ScoringResult result = score(month, config);
      if (result != null) {
        months.put(month.period().label(), result);
      }
    }
    return diagnostician.diagnose(
        new DiagnosisInput(
            quarter,
            scope,
            config.version(),
            config.config().teamBonusPoints(),
            quarterResult,
            months,
            inputs.getFirst().customers(),
            inputs.getFirst().tickets()));
  }

  /** The period scored, or null when no ticket raised in it was assigned to anyone. */
  private ScoringResult score(ScoringInput input, ScoringConfigVersion config) {
    ScoringPeriod period = input.period();
    boolean worked = false;
    for (TicketFacts ticket : input.tickets()) {
      if (ticket.assigneeId() != null
          && !ticket.createdAt().isBefore(period.from())
          && ticket.createdAt().isBefore(period.to())) {
        worked = true;
        break;
      }
    }
    return worked ? scoring.score(input, config.config(), config.version()) : null;
  }
}
