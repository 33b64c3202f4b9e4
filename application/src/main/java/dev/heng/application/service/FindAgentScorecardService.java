package dev.heng.application.service;

import dev.heng.application.port.in.FindAgentScorecardQuery;
import dev.heng.application.port.in.FindAgentScorecardUseCase;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.ScorecardStorePort;
import dev.heng.domain.access.Caller;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.scoring.Scorecard;
import reactor.core.publisher.Mono;

/** Reads an agent's scorecard when the caller may see that agent. */
public final class FindAgentScorecardService implements FindAgentScorecardUseCase {

  private final LoadRecordsPort records;
  private final ScorecardStorePort scorecards;

  public FindAgentScorecardService(LoadRecordsPort records, ScorecardStorePort scorecards) {
    this.records = records;
    this.scorecards = scorecards;
  }

  @Override
  public Mono<Scorecard> find(FindAgentScorecardQuery query) {
    Caller caller = query.caller();
    return records
        .load(caller.tenantId(), RecordKind.AGENTS, query.agentId(), caller.scope())
        .flatMap(
            agent ->
                scorecards.findScorecard(
                    caller.tenantId(), query.period().label(), query.agentId()));
  }
}
