package dev.heng.application.service;

import dev.heng.application.port.in.FindCustomerDifficultyQuery;
import dev.heng.application.port.in.FindCustomerDifficultyUseCase;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.ScorecardStorePort;
import dev.heng.domain.access.Caller;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.scoring.CustomerDifficulty;
import reactor.core.publisher.Mono;

/** Reads a customer's graded difficulty when the caller may see that customer. */
public final class FindCustomerDifficultyService implements FindCustomerDifficultyUseCase {

  private final LoadRecordsPort records;
  private final ScorecardStorePort scorecards;

  public FindCustomerDifficultyService(LoadRecordsPort records, ScorecardStorePort scorecards) {
    this.records = records;
    this.scorecards = scorecards;
  }

  @Override
  public Mono<CustomerDifficulty> find(FindCustomerDifficultyQuery query) {
    Caller caller = query.caller();
    String period = query.period() == null ? null : query.period().label();
    return records
        .load(caller.tenantId(), RecordKind.CUSTOMERS, query.customerId(), caller.scope())
        .flatMap(
            customer -> scorecards.findDifficulty(caller.tenantId(), query.customerId(), period));
  }
}
