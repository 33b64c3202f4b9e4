package dev.heng.bootstrap.bench;

import dev.heng.application.port.in.ConfigUpdate;
import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.application.port.in.ScorePeriodUseCase;
import dev.heng.application.port.in.ScoringRun;
import dev.heng.application.port.in.TenantCreation;
import dev.heng.application.port.in.UpdateScoringConfigCommand;
import dev.heng.application.port.in.UpdateScoringConfigUseCase;
import dev.heng.application.port.out.LoadScoringInputsPort;
import dev.heng.bootstrap.cli.CommandOptions;
import dev.heng.bootstrap.cli.Console;
import dev.heng.bootstrap.cli.OneShotCommand;
import dev.heng.bootstrap.intake.BatchedIntake;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.scoring.DifficultySettings;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code bench scoring --agents N --tickets T}: stores a generated tenant of N agents (40 customers
 * each) whose history holds T tickets on PostgreSQL, then times scoring its last month end to end
 * (reading the history, grading, fitting, scoring, storing the results) and, beside it, one plain
 * SQL aggregate over the same tickets (count, mean satisfaction and complaints per agent), the
 * floor any scoring that reads those tickets must pay. Prints both and, last, {@code ratio:
 * <scoring / floor>}.
 */
@Component
class ScoringBenchmark implements OneShotCommand {

  private static final Logger log = LoggerFactory.getLogger(ScoringBenchmark.class);

  private static final Duration STEP_TIMEOUT = Duration.ofMinutes(30);
  private static final int CUSTOMERS_PER_AGENT = 40;
  private static final int DAYS_PER_COPY = 30;
  private static final LocalDate MONTH = LocalDate.of(2026, 11, 1);
  private static final Pattern TIMING = Pattern.compile("Time: ([0-9.]+) ms");

  private final CreateTenantUseCase createTenant;
  private final IngestRecordsUseCase ingest;
  private final UpdateScoringConfigUseCase updateConfig;
  private final ScorePeriodUseCase scorePeriod;
  private final LoadScoringInputsPort inputs;
  private final Environment environment;

  ScoringBenchmark(
      CreateTenantUseCase createTenant,
      IngestRecordsUseCase ingest,
      UpdateScoringConfigUseCase updateConfig,
      ScorePeriodUseCase scorePeriod,
      LoadScoringInputsPort inputs,
      Environment environment) {
    this.createTenant = createTenant;
    this.ingest = ingest;
    this.updateConfig = updateConfig;
    this.scorePeriod = scorePeriod;
    this.inputs = inputs;
    this.environment = environment;
  }

  @Override
  public String name() {
    return "bench scoring";
  }

  @Override
  public String usage() {
    return "bench scoring [--agents N] [--tickets T] [--runs R] [--keep]   (needs HENG_DB_URL on"
        + " PostgreSQL)";
  }

  @Override
  public int run(ApplicationArguments arguments) throws Exception {
    int agents = CommandOptions.intOption(arguments, "agents", 2_000);
    int tickets = CommandOptions.intOption(arguments, "tickets", 1_000_000);
    int runs = CommandOptions.intOption(arguments, "runs", 3);
    boolean keep = arguments.containsOption("keep");
    Optional<Psql> database = Psql.ofService(environment, "bench scoring");
    if (database.isEmpty()) {
      return 2;
    }
    if (agents < 10 || tickets < agents || runs < 1) {
      Console.line(
          "error: needs --agents 10 or more, --tickets at least --agents, --runs 1 or more");
      return 2;
    }
    Psql psql = database.get();

    SyntheticTenant data =
        new SyntheticTenantGenerator()
            .generate(
                SimulationParameters.builder(42)
                    .agents(agents)
                    .customers(agents * CUSTOMERS_PER_AGENT)
                    .days(DAYS_PER_COPY)
                    .start(MONTH)
                    .build());
    List<Ticket> history = history(data.tickets(), tickets);
    int months = (int) Math.ceil(tickets / (double) data.tickets().size());
    int historyDays = months * DAYS_PER_COPY + 1;
    if (historyDays > 730) {
      Console.line(
          "error: "
              + tickets
              + " tickets for "
              + agents
              + " agents need more than two years of history; raise --agents");
      return 2;
    }

    String tenantName = "bench-scoring-" + Instant.now().toEpochMilli();
    TenantCreation created = await(createTenant.create(new CreateTenantCommand(tenantName, null)));
    if (!(created instanceof TenantCreation.Created tenant)) {
      Console.line("error: could not create the benchmark tenant " + tenantName);
      return 1;
    }
    Caller admin =
        new Caller(tenant.tenant().id(), tenant.adminKey().keyId(), Role.TENANT_ADMIN, null, null);
    long tenantId = tenant.tenant().id().value();
    ScoringPeriod period = new ScoringPeriod(ScoringPeriod.Unit.MONTH, MONTH);
    try {
      log.info(
          "Storing {} agents, {} customers and {} tickets over {} months for tenant {}",
          agents,
          data.customers().size(),
          history.size(),
          months,
          tenantName);
      store(admin, RecordKind.TEAMS, data.teams());
      store(admin, RecordKind.AGENTS, data.agents());
      store(admin, RecordKind.CUSTOMERS, data.customers());
      store(admin, RecordKind.TICKETS, history);
      store(admin, RecordKind.CONTRIBUTIONS, data.contributions());
      store(admin, RecordKind.ARTICLES, data.articles());
      store(admin, RecordKind.TICKET_EVENTS, knowledgeEvents(data.events(), history));
      psql.run("ANALYZE tickets");
      ScoringConfig config = withHistoryDays(ScoringConfig.defaults(), historyDays);
      if (!(await(updateConfig.update(new UpdateScoringConfigCommand(admin, config)))
          instanceof ConfigUpdate.Saved)) {
        Console.line("error: the benchmark configuration was refused");
        return 1;
      }
      Instant historyFrom = period.to().minus(historyDays, ChronoUnit.DAYS);

      long loadStarted = System.nanoTime();
      ScoringInput input = await(inputs.load(tenant.tenant().id(), period, historyFrom));
      double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
      double[] warmLoads = new double[runs];
      for (int run = 0; run < runs; run++) {
        long started = System.nanoTime();
        await(inputs.load(tenant.tenant().id(), period, historyFrom));
        warmLoads[run] = (System.nanoTime() - started) / 1e9;
      }
      double coldSeconds = timeScoring(admin, period);
      double[] warm = new double[runs];
      for (int run = 0; run < runs; run++) {
        warm[run] = timeScoring(admin, period);
      }
      long heapUsed = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

      String aggregate =
          "SELECT assignee_id, count(*), avg(satisfaction),"
              + " count(*) FILTER (WHERE complaint) FROM tickets WHERE tenant_id = "
              + tenantId
              + " AND created_at >= '"
              + historyFrom
              + "' AND created_at < '"
              + period.to()
              + "' GROUP BY assignee_id";
      double[] floor = new double[runs + 1];
      for (int run = 0; run <= runs; run++) {
        floor[run] = sqlSeconds(psql, aggregate);
      }
      double floorSeconds = median(Arrays.copyOfRange(floor, 1, floor.length));
      double scoringSeconds = median(warm);

      Console.figure("agents", agents);
      Console.figure("customers", input.customers().size());
      Console.figure("tickets", input.tickets().size());
      Console.figure("cores", Runtime.getRuntime().availableProcessors());
      Console.figure("load.seconds", String.format("%.2f", loadSeconds));
      Console.figure("load.warm_seconds", String.format("%.2f", median(warmLoads)));
      Console.figure("scoring.cold_seconds", String.format("%.2f", coldSeconds));
      Console.figure("scoring.seconds", String.format("%.2f", scoringSeconds));
      Console.figure("scoring.heap_used_mb", heapUsed / (1024 * 1024));
      Console.figure("sql_floor.seconds", String.format("%.3f", floorSeconds));
      Console.figure("ratio", String.format("%.2f", scoringSeconds / floorSeconds));
      return 0;
    } finally {
      if (keep) {
        log.info("Keeping the benchmark tenant {} (id {})", tenantName, tenantId);
      } else {
        removeTenant(psql, tenantId);
      }
    }
  }

  private static void removeTenant(Psql psql, long tenantId)
      throws IOException, InterruptedException {
    log.info("Removing the benchmark tenant's rows");
    for (String table :
        List.of(
            "ticket_events",
            "articles",
            "scorecards",
            "customer_difficulties",
            "scoring_runs",
            "scoring_configs",
            "tickets",
            "contributions",
            "customers",
            "agents",
            "teams")) {
      psql.run("DELETE FROM " + table + " WHERE tenant_id = " + tenantId);
    }
  }

  /**
   * The generated month's tickets, then copies of them shifted back a month at a time, until the
   * history holds {@code count} tickets.
   */
  private static List<Ticket> history(List<Ticket> month, int count) {
    List<Ticket> history = new ArrayList<>(count);
    for (int copy = 0; history.size() < count; copy++) {
      for (Ticket ticket : month) {
        if (history.size() == count) {
          break;
        }
        history.add(copy == 0 ? ticket : shifted(ticket, copy));
      }
    }
    return history;
  }

  private static Ticket shifted(Ticket ticket, int months) {
    Duration back = Duration.ofDays((long) months * DAYS_PER_COPY);
    return new Ticket(
        ticket.externalId() + "-m" + months,
        ticket.customerId(),
        ticket.assigneeId(),
        ticket.channel(),
        ticket.category(),
        ticket.priority(),
        ticket.createdAt().minus(back),
        ticket.firstResponseAt() == null ? null : ticket.firstResponseAt().minus(back),
        ticket.resolvedAt() == null ? null : ticket.resolvedAt().minus(back),
        ticket.reopenCount(),
        ticket.satisfaction(),
        ticket.complaint(),
        ticket.escalated(),
        ticket.handleSeconds(),
        ticket.subject(),
        ticket.description(),
        ticket.resolution());
  }

  /**
   * The scored month's knowledge searches and links on stored tickets, which the knowledge metrics
   * read; scoring reads no other events (messages, status changes).
   */
  private static List<TicketEvent> knowledgeEvents(List<TicketEvent> events, List<Ticket> stored) {
    Set<String> tickets = new HashSet<>();
    stored.forEach(ticket -> tickets.add(ticket.externalId()));
    return events.stream()
        .filter(
            event ->
                event.type() == EventType.KNOWLEDGE_SEARCHED
                    || event.type() == EventType.KNOWLEDGE_LINKED)
        .filter(event -> tickets.contains(event.ticketId()))
        .toList();
  }

  private static ScoringConfig withHistoryDays(ScoringConfig config, int days) {
    DifficultySettings difficulty = config.difficulty();
    return new ScoringConfig(
        new DifficultySettings(
            difficulty.source(), difficulty.weights(), days, difficulty.shrinkageTickets()),
        config.workload(),
        config.quality(),
        config.metrics(),
        config.teamBonusPoints());
  }

  private void store(Caller admin, RecordKind kind, List<? extends IntakeRecord> records) {
    await(BatchedIntake.ingest(ingest, admin, kind, records, "Benchmark"));
  }

  private double timeScoring(Caller admin, ScoringPeriod period) {
    long started = System.nanoTime();
    ScoringRun run = await(scorePeriod.score(new ScorePeriodCommand(admin, period)));
    double seconds = (System.nanoTime() - started) / 1e9;
    if (!(run instanceof ScoringRun.Completed completed)) {
      throw new IllegalStateException("the benchmark scoring run was refused: " + run);
    }
    log.info(
        "Scored {}: {} agents, {} customers, {} tickets of the period in {} s",
        completed.period(),
        completed.agents(),
        completed.customers(),
        completed.tickets(),
        String.format("%.2f", seconds));
    return seconds;
  }

  private static double sqlSeconds(Psql psql, String query) throws Exception {
    String output = psql.output(List.of("\\timing on", query));
    Matcher matcher = TIMING.matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException("psql printed no timing: " + output);
    }
    return Double.parseDouble(matcher.group(1)) / 1000;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  // A one-shot command on the main thread, not an event loop: waiting here is the point.
  private static <T> T await(Mono<T> mono) {
    return mono.toFuture().orTimeout(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }
}
