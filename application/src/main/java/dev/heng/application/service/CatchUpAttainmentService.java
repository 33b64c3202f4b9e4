package dev.heng.application.service;

import dev.heng.application.port.in.AttainmentCatchUp;
import dev.heng.application.port.in.AttainmentRun;
import dev.heng.application.port.in.CatchUpAttainmentCommand;
import dev.heng.application.port.in.CatchUpAttainmentUseCase;
import dev.heng.application.port.in.ComputeAttainmentCommand;
import dev.heng.application.port.in.ComputeAttainmentUseCase;
import dev.heng.application.port.out.AttainmentStorePort;
import dev.heng.application.port.out.TenantStorePort;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Computes, for every tenant in turn, the completed hours up to the current hour from the earlier
 * of its check mark and the lookback before the current hour, but from no further back than {@link
 * ComputeAttainmentService#MAX_CATCH_UP}: after the service was down longer than the lookback, the
 * hours since the mark are computed and checked, not skipped. A tenant whose computation fails is
 * counted and named in the result, and the pass goes on with the next tenant.
 */
public final class CatchUpAttainmentService implements CatchUpAttainmentUseCase {

  private final TenantStorePort tenants;
  private final AttainmentStorePort attainment;
  private final ComputeAttainmentUseCase compute;
  private final Clock clock;

  /**
   * @throws IllegalArgumentException if an argument is null
   */
  public CatchUpAttainmentService(
      TenantStorePort tenants,
      AttainmentStorePort attainment,
      ComputeAttainmentUseCase compute,
      Clock clock) {
    if (tenants == null || attainment == null || compute == null || clock == null) {
      throw new IllegalArgumentException("tenants, attainment, compute and clock must be set");
    }
    this.tenants = tenants;
    this.attainment = attainment;
    this.compute = compute;
    this.clock = clock;
  }

  // Known gap: every pass recomputes the lookback's hours of every tenant, whether or not anything
  // changed in them.
  @Override
  public Mono<AttainmentCatchUp> catchUp(CatchUpAttainmentCommand command) {
    Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS);
    Instant recent = to.minus(command.lookback());
    Instant oldest = to.minus(ComputeAttainmentService.MAX_CATCH_UP);
    return Mono.defer(() -> pass(to, recent, oldest));
  }

  // Known gap: a tenant's hours since its mark are computed and checked as one range, so after a
  // long outage a pass that fails on that range redoes all of it every interval instead of moving
  // on a day at a time.
  private Mono<AttainmentCatchUp> pass(Instant to, Instant recent, Instant oldest) {
    List<AttainmentCatchUp.Failure> failed = new ArrayList<>();
    return tenants
        .findAll()
        .concatMap(
            tenant ->
                attainment
                    .anomaliesCheckedThrough(tenant.id())
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .flatMap(
                        mark -> {
                          Instant from = start(mark, recent, oldest);
                          return compute.compute(
                              new ComputeAttainmentCommand(tenant.id(), from, to));
                        })
                    .onErrorResume(
                        error -> {
                          failed.add(new AttainmentCatchUp.Failure(tenant.id(), error));
                          return Mono.empty();
                        }))
        .collectList()
        .map(runs -> sum(runs, failed));
  }

  /**
   * The earlier of the mark and the lookback's start, no earlier than the oldest hour caught up.
   */
  private static Instant start(Optional<Instant> mark, Instant recent, Instant oldest) {
    Instant from = mark.filter(at -> at.isBefore(recent)).orElse(recent);
    return from.isBefore(oldest) ? oldest : from;
  }

  private static AttainmentCatchUp sum(
      List<AttainmentRun> runs, List<AttainmentCatchUp.Failure> failed) {
    int hours = 0;
    int raised = 0;
    int resolved = 0;
    for (AttainmentRun run : runs) {
      hours += run.hours();
      raised += run.raised();
      resolved += run.resolved();
    }
    return new AttainmentCatchUp(runs.size(), hours, raised, resolved, failed);
  }
}
