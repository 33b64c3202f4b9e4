package dev.heng.application.service;

import dev.heng.application.port.in.FindKnowledgeCreditQuery;
import dev.heng.application.port.in.FindKnowledgeCreditUseCase;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.domain.access.Caller;
import dev.heng.domain.knowledge.KnowledgeCredit;
import dev.heng.domain.knowledge.KnowledgeCreditCalculator;
import dev.heng.domain.record.RecordKind;
import reactor.core.publisher.Mono;

/** Computes an agent's knowledge credit for a period when the caller may see that agent. */
public final class FindKnowledgeCreditService implements FindKnowledgeCreditUseCase {

  private final LoadRecordsPort records;
  private final LoadKnowledgeActivityPort activity;
  private final KnowledgeCreditCalculator calculator;

  public FindKnowledgeCreditService(
      LoadRecordsPort records,
      LoadKnowledgeActivityPort activity,
      KnowledgeCreditCalculator calculator) {
    this.records = records;
    this.activity = activity;
    this.calculator = calculator;
  }

  // Known gap: the activity comes from the knowledge index, so credit lags the database by what
  // the index has not caught up yet.
  @Override
  public Mono<KnowledgeCredit> find(FindKnowledgeCreditQuery query) {
    Caller caller = query.caller();
    return records
        .load(caller.tenantId(), RecordKind.AGENTS, query.agentId(), caller.scope())
        .flatMap(
            agent -> activity.load(caller.tenantId(), query.period().from(), query.period().to()))
        .map(
            loaded ->
                calculator.credit(
                    query.agentId(), query.period().from(), query.period().to(), loaded));
  }
}
