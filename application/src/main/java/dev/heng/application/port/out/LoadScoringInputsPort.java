package dev.heng.application.port.out;

import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Reads what scoring a period needs from a tenant's records. */
public interface LoadScoringInputsPort {

  /**
   * Loads every agent and customer of the tenant, its tickets raised in {@code [historyFrom,
   * period.to())}, and its contribution records of the period.
   *
   * @param historyFrom the start of the grading window, at or before the period's start
   * @return a mono of the input; never empty
   */
  Mono<ScoringInput> load(TenantId tenantId, ScoringPeriod period, Instant historyFrom);
}
