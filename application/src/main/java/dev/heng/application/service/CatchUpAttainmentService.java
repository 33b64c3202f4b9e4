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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Computes, for every tenant in turn, the completed hours up to the current hour from the earlier
 * of its check mark and the lookback before the current hour, but from no further back than {@link
 * ComputeAttainmentService#MAX_CATCH_UP}: after the service was down longer than the lookback, the
 * hours since the mark are computed and checked, not skipped, a day at a time and oldest first, so
 * that a failure keeps the days done before it. A tenant whose computation fails is counted and
 * named with the error in the result, and the pass goes on with the next tenant.
 */
public final class CatchUpAttainmentService implements CatchUpAttainmentUseCase {

  /** The longest range computed and checked in one go when a tenant has hours to catch up. */
  private static final Duration WINDOW = Duration.ofDays(1);

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

  // Known gap: each day of a catch-up reads again the weeks of stored hours its anomaly check
  // compares with, so catching up 92 days reads that history 92 times.
  private Mono<AttainmentCatchUp> pass(Instant to, Instant recent, Instant oldest) {
    List<AttainmentRun> windowsDone = new ArrayList<>();
    List<AttainmentCatchUp.Failure> failed = new ArrayList<>();
    return tenants
        .findAll()
        .concatMap(
            tenant ->
                attainment
                    .anomaliesCheckedThrough(tenant.id())
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .flatMapMany(
                        mark ->
                            Flux.fromIterable(windows(start(mark, recent, oldest), to))
                                .concatMap(
                                    window ->
                                        compute.compute(
                                            new ComputeAttainmentCommand(
                                                tenant.id(), window.from(), window.to()))))
                    .doOnNext(windowsDone::add)
                    .then(Mono.just(true))
                    .onErrorResume(
                        error -> {
                          failed.add(new AttainmentCatchUp.Failure(tenant.id(), error));
                          return Mono.just(false);
                        }))
        .filter(Boolean::booleanValue)
        .count()
        .map(computed -> sum(Math.toIntExact(computed), windowsDone, failed));
  }

  /**
   * {@code [from, to)} cut into consecutive ranges of at most {@link #WINDOW}, oldest first: after
   * an outage the hours since the mark are computed and checked a day at a time, so a pass that
   * fails keeps the days before the failure and the next pass goes on from there.
   */
  private static List<Window> windows(Instant from, Instant to) {
    List<Window> windows = new ArrayList<>();
    for (Instant start = from; start.isBefore(to); start = start.plus(WINDOW)) {
      Instant end = start.plus(WINDOW);
      windows.add(new Window(start, end.isAfter(to) ? to : end));
    }
    return windows;
  }

  /** One range a catch-up computes in one go. */
  private record Window(Instant from, Instant to) {}

  /**
   * The earlier of the mark and the lookback's start, no earlier than the oldest hour caught up.
   */
  private static Instant start(Optional<Instant> mark, Instant recent, Instant oldest) {
    Instant from = mark.filter(at -> at.isBefore(recent)).orElse(recent);
    return from.isBefore(oldest) ? oldest : from;
  }

  /**
   * The pass's result: the tenants computed in full, and the hours and alerts of every window done,
   * those of failed tenants' earlier windows included (they are stored).
   */
  private static AttainmentCatchUp sum(
      int computed, List<AttainmentRun> windowsDone, List<AttainmentCatchUp.Failure> failed) {
    int hours = 0;
    int raised = 0;
    int resolved = 0;
    for (AttainmentRun run : windowsDone) {
      hours += run.hours();
      raised += run.raised();
      resolved += run.resolved();
    }
    return new AttainmentCatchUp(computed, hours, raised, resolved, failed);
  }
}
