package dev.heng.application.service;

import dev.heng.application.port.in.AttainmentRun;
import dev.heng.application.port.in.ComputeAttainmentCommand;
import dev.heng.application.port.in.ComputeAttainmentUseCase;
import dev.heng.application.port.out.AlertStorePort;
import dev.heng.application.port.out.AnomalySettingsStorePort;
import dev.heng.application.port.out.AttainmentStorePort;
import dev.heng.application.port.out.LoadHourlyTicketsPort;
import dev.heng.application.port.out.PublishAlertEventsPort;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertChange;
import dev.heng.domain.alert.AlertEvent;
import dev.heng.domain.alert.AnomalyObservation;
import dev.heng.domain.alert.AnomalyRule;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.attainment.AttainmentHour;
import dev.heng.domain.attainment.HourlyAttainmentCalculator;
import dev.heng.domain.attainment.HourlyTicket;
import dev.heng.domain.attainment.MetricHour;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringConfigVersion;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

/**
 * Computes hours and checks them for anomalies. Hours: the range is cut to whole hours that have
 * ended by the clock's current hour; the tenant's tickets of the range are read once, each is put
 * in the hour of its first response and the hour of its resolution, {@link
 * HourlyAttainmentCalculator} computes every hour with tickets under the tenant's current scoring
 * configuration on the computation scheduler, and the store replaces the range. Anomalies: the
 * hours of the range from the tenant's check mark on are taken in time order; each is compared by
 * {@link AnomalyRule} with the stored comparable hours and the standing alerts, what it decides is
 * stored (with its webhook deliveries) and published live, and the mark moves past the hour. The
 * mark never skips an hour:
 *
 * <ul>
 *   <li>a range that starts after the mark is stored but checks nothing and leaves the mark, so the
 *       catch-up pass, which starts at the mark, checks those hours in order;
 *   <li>a mark older than {@link #MAX_CATCH_UP} counts as that far back: hours older than that are
 *       given up;
 *   <li>a tenant without a mark starts it at the later of the range's start and the lookback before
 *       the current hour, so a first run that backfills history stores it without judging it.
 * </ul>
 *
 * An hour is checked once, so computing a range again raises nothing twice. An anomaly check whose
 * write fails is run once more from the mark: two computations of one tenant at the same moment (a
 * catch-up pass and a requested run) collide on the store's one-standing-alert rule, and the second
 * decides again on what the first stored.
 */
public final class ComputeAttainmentService implements ComputeAttainmentUseCase {

  /** How far back a check mark may lie: older hours are given up, not checked. 92 days. */
  public static final Duration MAX_CATCH_UP = Duration.ofDays(92);

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration WEEK = Duration.ofDays(7);

  private final LoadHourlyTicketsPort tickets;
  private final ScoringConfigStorePort configs;
  private final AttainmentStorePort attainment;
  private final AnomalySettingsStorePort settings;
  private final AlertStorePort alerts;
  private final PublishAlertEventsPort live;
  private final Scheduler computation;
  private final Duration lookback;
  private final Clock clock;

  /**
   * @param computation the bounded scheduler the bucketing, the hours and the anomaly decisions run
   *     on, off the storage threads
   * @param lookback how far before the current hour a tenant's first check starts; positive
   * @throws IllegalArgumentException if an argument is null or the lookback is not positive
   */
  public ComputeAttainmentService(
      LoadHourlyTicketsPort tickets,
      ScoringConfigStorePort configs,
      AttainmentStorePort attainment,
      AnomalySettingsStorePort settings,
      AlertStorePort alerts,
      PublishAlertEventsPort live,
      Scheduler computation,
      Duration lookback,
      Clock clock) {
    if (tickets == null
        || configs == null
        || attainment == null
        || settings == null
        || alerts == null
        || live == null
        || computation == null
        || lookback == null
        || clock == null) {
      throw new IllegalArgumentException("the ports, scheduler, lookback and clock must be set");
    }
    if (lookback.isNegative() || lookback.isZero()) {
      throw new IllegalArgumentException("lookback must be positive, was " + lookback);
    }
    this.tickets = tickets;
    this.configs = configs;
    this.attainment = attainment;
    this.settings = settings;
    this.alerts = alerts;
    this.live = live;
    this.computation = computation;
    this.lookback = lookback;
    this.clock = clock;
  }

  @Override
  public Mono<AttainmentRun> compute(ComputeAttainmentCommand command) {
    TenantId tenantId = command.tenantId();
    Instant current = clock.instant().truncatedTo(ChronoUnit.HOURS);
    Instant from = command.from().truncatedTo(ChronoUnit.HOURS);
    Instant end = command.to().truncatedTo(ChronoUnit.HOURS);
    Instant to = end.isAfter(current) ? current : end;
    if (!from.isBefore(to)) {
      return Mono.just(new AttainmentRun(from, from, 0, 0, 0, 0, 0));
    }

    Mono<ScoringConfig> config =
        configs
            .current(tenantId)
            .map(ScoringConfigVersion::config)
            .defaultIfEmpty(ScoringConfig.defaults());
    return Mono.zip(config, tickets.hourlyTickets(tenantId, from, to))
        .publishOn(computation)
        .flatMap(
            loaded -> {
              List<AttainmentHour> hours = hours(loaded.getT1(), loaded.getT2(), from, to);
              return attainment
                  .replace(tenantId, from, to, hours)
                  .then(
                      Mono.defer(() -> checkAnomalies(tenantId, current, from, to))
                          .retryWhen(Retry.max(1).filter(StorageException.class::isInstance)))
                  .map(
                      check ->
                          new AttainmentRun(
                              from,
                              to,
                              hours.size(),
                              loaded.getT2().size(),
                              check.hours,
                              check.raised.get(),
                              check.resolved.get()));
            });
  }

  /** Every subject-hour of the range, in time order. */
  private static List<AttainmentHour> hours(
      ScoringConfig config, List<HourlyTicket> tickets, Instant from, Instant to) {
    Map<Instant, List<HourlyTicket>> byHour = new TreeMap<>();
    for (HourlyTicket ticket : tickets) {
      Instant answered = hourOf(ticket.firstResponseAt(), from, to);
      Instant resolved = hourOf(ticket.resolvedAt(), from, to);
      if (answered != null) {
        byHour.computeIfAbsent(answered, hour -> new ArrayList<>()).add(ticket);
      }
      if (resolved != null && !resolved.equals(answered)) {
        byHour.computeIfAbsent(resolved, hour -> new ArrayList<>()).add(ticket);
      }
    }
    HourlyAttainmentCalculator calculator = new HourlyAttainmentCalculator(config);
    List<AttainmentHour> hours = new ArrayList<>();
    byHour.forEach((hour, inHour) -> hours.addAll(calculator.compute(hour, inHour)));
    return hours;
  }

  private static Instant hourOf(Instant time, Instant from, Instant to) {
    if (time == null || time.isBefore(from) || !time.isBefore(to)) {
      return null;
    }
    return time.truncatedTo(ChronoUnit.HOURS);
  }

  // Known gap: each hour is judged once, when first computed, so values that reach an hour after it
  // was checked, and history older than the check mark, are never judged for anomalies.
  private Mono<Check> checkAnomalies(TenantId tenantId, Instant current, Instant from, Instant to) {
    return Mono.zip(
            settings.findAnomalySettings(tenantId).defaultIfEmpty(AnomalySettings.DEFAULTS),
            attainment
                .anomaliesCheckedThrough(tenantId)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty()),
            alerts.standing(tenantId))
        .flatMap(
            loaded -> {
              AnomalySettings anomaly = loaded.getT1();
              Instant start = checkStart(loaded.getT2(), current, from);
              if (start == null || !start.isBefore(to)) {
                return Mono.just(new Check(0));
              }
              Instant historyFrom = start.minus(WEEK.multipliedBy(anomaly.weeks()));
              return attainment
                  .hours(tenantId, null, null, historyFrom, to)
                  .publishOn(computation)
                  .flatMap(
                      history ->
                          checkHours(
                              tenantId,
                              new AnomalyRule(anomaly),
                              anomaly.weeks(),
                              history,
                              new ArrayList<>(loaded.getT3()),
                              start,
                              to));
            });
  }

  /**
   * Where the check of {@code [from, ...)} starts: the mark (no older than {@link #MAX_CATCH_UP}),
   * or, without a mark, the later of {@code from} and the lookback before the current hour; null
   * when the range starts after the mark, so checking it would skip the hours between.
   */
  private Instant checkStart(Optional<Instant> mark, Instant current, Instant from) {
    if (mark.isEmpty()) {
      Instant recent = current.minus(lookback).truncatedTo(ChronoUnit.HOURS);
      return from.isAfter(recent) ? from : recent;
    }
    Instant oldest = current.minus(MAX_CATCH_UP);
    Instant start = mark.get().isBefore(oldest) ? oldest : mark.get();
    return from.isAfter(start) ? null : start;
  }

  /** Checks the hours with data in {@code [start, to)} one after another, then marks the range. */
  private Mono<Check> checkHours(
      TenantId tenantId,
      AnomalyRule rule,
      int weeks,
      List<AttainmentHour> history,
      List<Alert> standing,
      Instant start,
      Instant to) {
    Map<String, MetricHour> byKey = new HashMap<>();
    Map<Instant, List<AttainmentHour>> byHour = new TreeMap<>();
    for (AttainmentHour hour : history) {
      for (MetricHour metric : hour.metrics()) {
        byKey.put(key(hour, metric, hour.hourStart()), metric);
      }
      if (!hour.hourStart().isBefore(start)) {
        byHour.computeIfAbsent(hour.hourStart(), h -> new ArrayList<>()).add(hour);
      }
    }
    Check check = new Check(byHour.size());
    return Flux.fromIterable(byHour.entrySet())
        .concatMap(
            entry ->
                Mono.fromCallable(
                        () ->
                            rule.decide(
                                entry.getKey(),
                                observations(entry.getValue(), entry.getKey(), weeks, byKey),
                                standing))
                    .subscribeOn(computation)
                    .flatMap(
                        decision -> {
                          if (decision.unchanged()) {
                            return Mono.empty();
                          }
                          return alerts
                              .apply(tenantId, decision, clock.instant())
                              .flatMap(events -> live.publish(events).thenReturn(events))
                              .flatMap(
                                  events -> {
                                    follow(standing, events, check);
                                    return attainment.markAnomaliesChecked(
                                        tenantId, entry.getKey().plus(HOUR));
                                  });
                        }))
        .then(Mono.defer(() -> attainment.markAnomaliesChecked(tenantId, to)))
        .thenReturn(check);
  }

  /** One observation per subject and judged metric of the hour, with its comparable hours. */
  private static List<AnomalyObservation> observations(
      List<AttainmentHour> inHour, Instant hourStart, int weeks, Map<String, MetricHour> byKey) {
    List<AnomalyObservation> observations = new ArrayList<>();
    for (AttainmentHour hour : inHour) {
      for (MetricHour metric : hour.metrics()) {
        if (!AnomalyRule.judges(metric.metric())) {
          continue;
        }
        List<MetricHour> comparable = new ArrayList<>();
        for (Instant earlier : AnomalyRule.comparableHours(hourStart, weeks)) {
          MetricHour then = byKey.get(key(hour, metric, earlier));
          if (then != null) {
            comparable.add(then);
          }
        }
        observations.add(
            new AnomalyObservation(
                hour.subjectType(),
                hour.subjectId(),
                hour.teamId(),
                metric.metric(),
                metric,
                comparable));
      }
    }
    return observations;
  }

  /** Keeps the standing alerts in step with what was stored, and counts it. */
  private static void follow(List<Alert> standing, List<AlertEvent> events, Check check) {
    for (AlertEvent event : events) {
      if (event.change() == AlertChange.RAISED) {
        standing.add(event.alert());
        check.raised.incrementAndGet();
      } else if (event.change() == AlertChange.RESOLVED) {
        standing.removeIf(alert -> alert.id() == event.alert().id());
        check.resolved.incrementAndGet();
      }
    }
  }

  private static String key(AttainmentHour hour, MetricHour metric, Instant at) {
    return hour.subjectType().key()
        + "\n"
        + hour.subjectId()
        + "\n"
        + metric.metric().key()
        + "\n"
        + at;
  }

  /** What the anomaly check of a range did. */
  private static final class Check {
    private final int hours;
    private final AtomicInteger raised = new AtomicInteger();
    private final AtomicInteger resolved = new AtomicInteger();

    Check(int hours) {
      this.hours = hours;
    }
  }
}
