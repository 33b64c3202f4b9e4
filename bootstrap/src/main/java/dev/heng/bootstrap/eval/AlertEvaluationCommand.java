package dev.heng.bootstrap.eval;

import dev.heng.application.port.in.AlertListing;
import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.ListAlertsQuery;
import dev.heng.application.port.in.ListAlertsUseCase;
import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.application.port.in.ScorePeriodUseCase;
import dev.heng.application.port.in.TenantCreation;
import dev.heng.bootstrap.cli.CommandOptions;
import dev.heng.bootstrap.cli.Console;
import dev.heng.bootstrap.cli.OneShotCommand;
import dev.heng.bootstrap.intake.BatchedIntake;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * {@code eval alerts}: loads a copy of the demo tenant (same generator, same seed) into a tenant of
 * its own through the intake use case, batch by batch as the demo loader does, scores the demo
 * month, and counts the capacity alerts the default thresholds raised on the way: per kind, per
 * agent and per agent and day over the days the data spans.
 */
@Component
class AlertEvaluationCommand implements OneShotCommand {

  private static final Logger log = LoggerFactory.getLogger(AlertEvaluationCommand.class);

  private final CreateTenantUseCase createTenant;
  private final IngestRecordsUseCase ingest;
  private final ScorePeriodUseCase scorePeriod;
  private final ListAlertsUseCase listAlerts;

  AlertEvaluationCommand(
      CreateTenantUseCase createTenant,
      IngestRecordsUseCase ingest,
      ScorePeriodUseCase scorePeriod,
      ListAlertsUseCase listAlerts) {
    this.createTenant = createTenant;
    this.ingest = ingest;
    this.scorePeriod = scorePeriod;
    this.listAlerts = listAlerts;
  }

  @Override
  public String name() {
    return "eval alerts";
  }

  @Override
  public String usage() {
    return "eval alerts [--seed S]   (default: the demo tenant's seed 20261101)";
  }

  @Override
  public int run(ApplicationArguments arguments) {
    long seed;
    try {
      seed = CommandOptions.longOption(arguments, "seed", 20261101);
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

  private static long count(List<Alert> alerts, AlertKind kind) {
    return alerts.stream().filter(alert -> alert.kind() == kind).count();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
