package dev.heng.application.service;

import dev.heng.application.port.in.FindTeamScorecardsQuery;
import dev.heng.application.port.in.FindTeamScorecardsUseCase;
import dev.heng.application.port.in.TeamScorecards;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.ScorecardStorePort;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.Caller;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.scoring.FairnessSummary;
import reactor.core.publisher.Mono;

/**
 * Reads a team's ranked scorecards and their fairness summary. Agents see no team's ranking, not
 * even their own team's: a ranking shows colleagues' scores.
 */
public final class FindTeamScorecardsService implements FindTeamScorecardsUseCase {

  private final LoadRecordsPort records;
  private final ScorecardStorePort scorecards;

  public FindTeamScorecardsService(LoadRecordsPort records, ScorecardStorePort scorecards) {
    this.records = records;
    this.scorecards = scorecards;
  }

  @Override
  public Mono<TeamScorecards> find(FindTeamScorecardsQuery query) {
    Caller caller = query.caller();
    if (caller.scope() instanceof AccessScope.OwnAgent) {
      return Mono.empty();
    }
    String period = query.period().label();
    return records
        .load(caller.tenantId(), RecordKind.TEAMS, query.teamId(), caller.scope())
        .flatMap(
            team ->
                scorecards
                    .findTeamScorecards(caller.tenantId(), period, query.teamId())
                    .collectList()
                    .map(
                        members ->
                            new TeamScorecards(
                                query.teamId(), period, members, FairnessSummary.of(members))));
  }
}
