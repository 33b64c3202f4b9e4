package dev.heng.application.port.out;

import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.tenant.TenantId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the stored scorecards of a tenant's scored periods, for comparing agents with peers. */
public interface LoadPeriodScorecardsPort {

  /**
   * Every scorecard stored for a period, best total first.
   *
   * @param period the period's label, such as {@code 2026-11}
   * @return the scorecards; none when the period was not scored. It signals a {@link
   *     StorageException} if they cannot be read
   */
  Flux<Scorecard> scorecards(TenantId tenantId, String period);

  /**
   * The period of the tenant's most recently computed scoring run.
   *
   * @return a mono of its label, or an empty mono when the tenant has no stored run
   */
  Mono<String> latestPeriod(TenantId tenantId);
}
