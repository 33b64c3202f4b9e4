package dev.heng.application.service;

import dev.heng.application.port.in.AttainmentCatchUp;
import dev.heng.application.port.in.AttainmentRun;
import dev.heng.application.port.in.CatchUpAttainmentCommand;
import dev.heng.application.port.in.CatchUpAttainmentUseCase;
import dev.heng.application.port.in.ComputeAttainmentCommand;
import dev.heng.application.port.in.ComputeAttainmentUseCase;
import dev.heng.application.port.out.TenantStorePort;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Computes, for every tenant in turn, the completed hours from the lookback before the current hour
 * up to the current hour.
 */
public final class CatchUpAttainmentService implements CatchUpAttainmentUseCase {

  private final TenantStorePort tenants;
  private final ComputeAttainmentUseCase compute;
  private final Clock clock;

  public CatchUpAttainmentService(
      TenantStorePort tenants, ComputeAttainmentUseCase compute, Clock clock) {
    this.tenants = tenants;
    this.compute = compute;
    this.clock = clock;
  }

  // Known gap: every pass recomputes the lookback's hours of every tenant, whether or not anything
  // changed in them.
  @Override
  public Mono<AttainmentCatchUp> catchUp(CatchUpAttainmentCommand command) {
    Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS);
    Instant from = to.minus(command.lookback());
    return tenants
        .findAll()
        .concatMap(tenant -> compute.compute(new ComputeAttainmentCommand(tenant.id(), from, to)))
        .collectList()
        .map(CatchUpAttainmentService::sum);
  }

  private static AttainmentCatchUp sum(List<AttainmentRun> runs) {
    int hours = 0;
    int raised = 0;
    int resolved = 0;
    for (AttainmentRun run : runs) {
      hours += run.hours();
      raised += run.raised();
      resolved += run.resolved();
    }
    return new AttainmentCatchUp(runs.size(), hours, raised, resolved);
  }
}
