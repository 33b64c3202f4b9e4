package dev.heng.bootstrap.eval;

import dev.heng.application.port.in.AlertListing;
import dev.heng.application.port.in.AttainmentRun;
import dev.heng.application.port.in.ComputeAttainmentCommand;
import dev.heng.application.port.in.ComputeAttainmentUseCase;
import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.ListAlertsQuery;
import dev.heng.application.port.in.ListAlertsUseCase;
import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.application.port.in.ScorePeriodUseCase;
import dev.heng.application.port.in.TenantCreation;
import dev.heng.application.port.in.UpdateAlertSettingsCommand;
import dev.heng.application.port.in.UpdateAlertSettingsUseCase;
import dev.heng.bootstrap.AttainmentPorts;
import dev.heng.bootstrap.cli.CommandOptions;
import dev.heng.bootstrap.cli.Console;
import dev.heng.bootstrap.cli.OneShotCommand;
import dev.heng.bootstrap.intake.BatchedIntake;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;

/**
 * {@code eval alerts}: loads a copy of the demo tenant (same generator, same seed) into a tenant of
 * its own through the intake use case, batch by batch as the demo loader does, scores the demo
 * month, and counts the capacity alerts the default thresholds raised on the way: per kind, per
 * agent and per agent and day over the days the data spans. It then computes the hourly attainment
 * of the demo's hours as the demo loader does, with the default anomaly settings unless options
 * name others, and counts the anomaly alerts: per agent and day, the most one agent had on one day
 * (by the hour each alert is about), and those about teams. Unlike the demo loader's backfill,
 * which stores history without judging it, the evaluation judges every hour of its data: its
 * computation starts the new tenant's check mark at the data's first day, as if the tenant had been
 * followed live since then.
 */
@Component
class AlertEvaluationCommand implements OneShotCommand {

  private static final Logger log = LoggerFactory.getLogger(AlertEvaluationCommand.class);

  private final CreateTenantUseCase createTenant;
  private final IngestRecordsUseCase ingest;
  private final ScorePeriodUseCase scorePeriod;
  private final ListAlertsUseCase listAlerts;
  private final UpdateAlertSettingsUseCase updateSettings;
  private final AttainmentPorts attainment;
  private final Scheduler scoringScheduler;
  private final Clock clock;

  AlertEvaluationCommand(
      CreateTenantUseCase createTenant,
      IngestRecordsUseCase ingest,
      ScorePeriodUseCase scorePeriod,
      ListAlertsUseCase listAlerts,
      UpdateAlertSettingsUseCase updateSettings,
      AttainmentPorts attainment,
      Scheduler scoringScheduler,
      Clock clock) {
    this.createTenant = createTenant;
    this.ingest = ingest;
    this.scorePeriod = scorePeriod;
    this.listAlerts = listAlerts;
    this.updateSettings = updateSettings;
    this.attainment = attainment;
    this.scoringScheduler = scoringScheduler;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "eval alerts";
  }

  @Override
  public String usage() {
    return "eval alerts [--seed S] [--deviation D] [--weeks W] [--min-volume V]"
        + " [--min-baseline-volume B]   (defaults: the demo tenant's seed 20261101 and the default"
        + " anomaly settings)";
  }

  @Override
  public int run(ApplicationArguments arguments) {
    long seed;
    AnomalySettings anomaly;
    try {
      seed = CommandOptions.longOption(arguments, "seed", 20261101);
      AnomalySettings defaults = AnomalySettings.DEFAULTS;
      anomaly =
          new AnomalySettings(
              CommandOptions.doubleOption(arguments, "deviation", defaults.deviation()),
              CommandOptions.intOption(arguments, "weeks", defaults.weeks()),
              CommandOptions.intOption(arguments, "min-volume", defaults.minVolume()),
              CommandOptions.intOption(
                  arguments, "min-baseline-volume", defaults.minBaselineVolume()));
    } catch (IllegalArgumentException e) {
      Console.line("error: " + e.getMessage());
      return 2;
    }
    SimulationParameters parameters = SimulationParameters.defaults(seed);
    SyntheticTenant data = new SyntheticTenantGenerator().generate(parameters);
    String name = "alerts-eval-" + Instant.now().toEpochMilli();
    TenantCreation created =
        createTenant.create(new CreateTenantCommand(name, null)).toFuture().join();
    if (!(created instanceof TenantCreation.Created tenant)) {
      Console.line("error: could not create the evaluation tenant " + name);
      return 1;
    }
    Caller admin =
        new Caller(tenant.tenant().id(), tenant.adminKey().keyId(), Role.TENANT_ADMIN, null, null);

    long started = System.nanoTime();
    Map<RecordKind, List<? extends IntakeRecord>> byKind = new LinkedHashMap<>();
    byKind.put(RecordKind.TEAMS, data.teams());
    byKind.put(RecordKind.AGENTS, data.agents());
    byKind.put(RecordKind.CUSTOMERS, data.customers());
    byKind.put(RecordKind.TICKETS, data.tickets());
    Flux.fromIterable(byKind.entrySet())
        .concatMap(
            entry ->
                BatchedIntake.ingest(
                    ingest, admin, entry.getKey(), entry.getValue(), "Alert evaluation"))
        .then()
        .toFuture()
        .join();
    List<Alert> afterIntake = alerts(admin);
    scorePeriod
        .score(
            new ScorePeriodCommand(
                admin,
                new ScoringPeriod(ScoringPeriod.Unit.MONTH, SimulationParameters.DEFAULT_START)))
        .toFuture()
        .join();
    List<Alert> afterScoring = alerts(admin);
    if (!anomaly.equals(AnomalySettings.DEFAULTS)) {
      updateSettings
          .update(new UpdateAlertSettingsCommand(admin, CapacitySettings.DEFAULTS, anomaly))
          .toFuture()
          .join();
    }
    Instant from = parameters.start().atStartOfDay(ZoneOffset.UTC).toInstant();
    Duration sinceStart = Duration.between(from, clock.instant()).plus(Duration.ofHours(1));
    ComputeAttainmentUseCase computeAttainment =
        attainment.compute(
            scoringScheduler, sinceStart.isNegative() ? Duration.ofHours(1) : sinceStart, clock);
    AttainmentRun run =
        computeAttainment
            .compute(
                new ComputeAttainmentCommand(
                    tenant.tenant().id(), from, from.plus(Duration.ofDays(parameters.days() + 7L))))
            .toFuture()
            .join();
    List<Alert> anomalies =
        alerts(admin).stream().filter(alert -> alert.kind() == AlertKind.ANOMALY).toList();
    List<Alert> aboutAgents = anomalies.stream().filter(alert -> alert.agentId() != null).toList();
    log.info(
        "Evaluated alerts on tenant {} in {} ms", name, (System.nanoTime() - started) / 1_000_000);

    int agents = data.agents().size();
    int days = parameters.days();
    Console.figure("seed", seed);
    Console.figure("tenant", name);
    Console.figure("agents", agents);
    Console.figure("customers", data.customers().size());
    Console.figure("days", days);
    Console.figure("after_intake.raised", afterIntake.size());
    Console.figure("after_intake.raw", count(afterIntake, AlertKind.CAPACITY_RAW));
    Console.figure("after_intake.weighted", count(afterIntake, AlertKind.CAPACITY_WEIGHTED));
    Console.figure("after_scoring.raised", afterScoring.size());
    Console.figure("after_scoring.raw", count(afterScoring, AlertKind.CAPACITY_RAW));
    Console.figure("after_scoring.weighted", count(afterScoring, AlertKind.CAPACITY_WEIGHTED));
    Console.figure(
        "after_scoring.open",
        afterScoring.stream().filter(alert -> alert.status() == AlertStatus.OPEN).count());
    Console.figure("agents_alerted", afterScoring.stream().map(Alert::agentId).distinct().count());
    Console.figure("alerts_per_agent", format((double) afterScoring.size() / agents));
    Console.figure(
        "alerts_per_agent_day", format((double) afterScoring.size() / ((double) agents * days)));
    Console.figure("anomaly.deviation", anomaly.deviation());
    Console.figure("anomaly.weeks", anomaly.weeks());
    Console.figure("anomaly.min_volume", anomaly.minVolume());
    Console.figure("anomaly.min_baseline_volume", anomaly.minBaselineVolume());
    Console.figure("anomaly.subject_hours", run.hours());
    Console.figure("anomaly.hours_checked", run.hoursChecked());
    Console.figure("anomaly.raised", anomalies.size());
    Console.figure("anomaly.raised_agents", aboutAgents.size());
    Console.figure("anomaly.raised_teams", anomalies.size() - aboutAgents.size());
    Console.figure(
        "anomaly.resolved",
        anomalies.stream().filter(alert -> alert.status() == AlertStatus.RESOLVED).count());
    Console.figure(
        "anomaly.agents_alerted", aboutAgents.stream().map(Alert::agentId).distinct().count());
    Console.figure(
        "anomaly.alerts_per_agent_day",
        format((double) aboutAgents.size() / ((double) agents * days)));
    Console.figure("anomaly.max_per_agent_day", mostOnOneDay(aboutAgents));
    return 0;
  }

  /** Every alert of the tenant, raised so far. */
  private List<Alert> alerts(Caller admin) {
    List<Alert> all = new ArrayList<>();
    String cursor = null;
    do {
      AlertListing listing =
          listAlerts
              .list(new ListAlertsQuery(admin, null, null, null, null, null, cursor, 1000))
              .toFuture()
              .join();
      if (!(listing instanceof AlertListing.Listed listed)) {
        throw new IllegalStateException(
            "listing the evaluation tenant's alerts failed: " + listing);
      }
      all.addAll(listed.page().items());
      cursor = listed.page().nextCursor();
    } while (cursor != null);
    return all;
  }

  /** The most anomaly alerts one agent had about hours of one UTC day. */
  private static int mostOnOneDay(List<Alert> alerts) {
    Map<String, Integer> perAgentDay = new HashMap<>();
    for (Alert alert : alerts) {
      Instant day = alert.anomaly().hourStart().truncatedTo(ChronoUnit.DAYS);
      perAgentDay.merge(alert.agentId() + "@" + day, 1, Integer::sum);
    }
    return perAgentDay.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private static long count(List<Alert> alerts, AlertKind kind) {
    return alerts.stream().filter(alert -> alert.kind() == kind).count();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
