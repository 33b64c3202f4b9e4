package dev.heng.application.service;

import dev.heng.application.port.in.AttainmentSeries;
import dev.heng.application.port.in.FindAttainmentQuery;
import dev.heng.application.port.in.FindAttainmentUseCase;
import dev.heng.application.port.out.AttainmentStorePort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.Caller;
import dev.heng.domain.attainment.SubjectType;
import dev.heng.domain.record.RecordKind;
import reactor.core.publisher.Mono;

/**
 * Reads a subject's hourly attainment when the caller may see the subject, with the scopes of
 * scorecards: an agent sees itself and no team, a team lead its team and its members.
 */
public final class FindAttainmentService implements FindAttainmentUseCase {

  private final LoadRecordsPort records;
  private final AttainmentStorePort attainment;

  /**
   * @throws IllegalArgumentException if an argument is null
   */
  public FindAttainmentService(LoadRecordsPort records, AttainmentStorePort attainment) {
    if (records == null || attainment == null) {
      throw new IllegalArgumentException("records and attainment must not be null");
    }
    this.records = records;
    this.attainment = attainment;
  }

  @Override
  public Mono<AttainmentSeries> find(FindAttainmentQuery query) {
    Caller caller = query.caller();
    if (query.subjectType() == SubjectType.TEAM && caller.scope() instanceof AccessScope.OwnAgent) {
      return Mono.empty();
    }
    RecordKind kind =
        query.subjectType() == SubjectType.TEAM ? RecordKind.TEAMS : RecordKind.AGENTS;
    return records
        .load(caller.tenantId(), kind, query.subjectId(), caller.scope())
        .flatMap(
            subject ->
                attainment.hours(
                    caller.tenantId(),
                    query.subjectType(),
                    query.subjectId(),
                    query.from(),
                    query.to()))
        .map(
            hours ->
                new AttainmentSeries(
                    query.subjectType(), query.subjectId(), query.from(), query.to(), hours));
  }
}
