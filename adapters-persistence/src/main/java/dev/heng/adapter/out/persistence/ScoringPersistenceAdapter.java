package dev.heng.adapter.out.persistence;

import dev.heng.application.port.out.LoadPeriodScorecardsPort;
import dev.heng.application.port.out.LoadScoringInputsPort;
import dev.heng.application.port.out.ScorecardStorePort;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.record.Agent;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.scoring.CustomerDifficulty;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringConfigVersion;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.scoring.TicketFacts;
import dev.heng.domain.tenant.TenantId;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reads what scoring needs from the intake tables, keeps each tenant's scoring configuration
 * versions, and stores the results of scoring runs. A run's results replace the period's earlier
 * ones in one transaction, so readers see either the old run or the new one, never a mixture.
 */
@Component
public class ScoringPersistenceAdapter
    implements LoadScoringInputsPort,
        ScorecardStorePort,
        ScoringConfigStorePort,
        LoadPeriodScorecardsPort {

  private static final Logger log = LoggerFactory.getLogger(ScoringPersistenceAdapter.class);

  /**
   * The ticket columns scoring reads, times as microseconds since the epoch: numbers decode several
   * times faster than time stamps, and a history can hold millions of tickets.
   */
  private static final String TICKET_FACTS =
      "SELECT external_id, customer_id, assignee_id, channel, category, priority,"
          + " CAST(EXTRACT(EPOCH FROM created_at) * 1000000 AS BIGINT),"
          + " CAST(EXTRACT(EPOCH FROM first_response_at) * 1000000 AS BIGINT),"
          + " resolved_at IS NOT NULL, reopen_count, satisfaction, complaint, escalated,"
          + " handle_seconds FROM tickets WHERE tenant_id = :tenant AND created_at >= :from"
          + " AND created_at < :to ORDER BY id";

  /** Time slices a ticket history is read in, each on a connection of its own. */
  private static final int TICKET_SLICES = 4;

  private static final RowInserter SCORECARDS =
      new RowInserter(
          "scorecards",
          List.of("tenant_id", "period", "agent_id", "team_id", "position", "total", "body"),
          List.of(
              Long.class,
              String.class,
              String.class,
              String.class,
              Integer.class,
              Double.class,
              String.class));

  private static final RowInserter DIFFICULTIES =
      new RowInserter(
          "customer_difficulties",
          List.of(
              "tenant_id",
              "period",
              "customer_id",
              "agent_id",
              "coefficient",
              "tickets",
              "normaliser",
              "body"),
          List.of(
              Long.class,
              String.class,
              String.class,
              String.class,
              Double.class,
              Integer.class,
              Double.class,
              String.class));

  private final DatabaseClient client;
  private final TransactionalOperator transactions;
  private final Database database;
  private final RecordTables tables = new RecordTables();

  public ScoringPersistenceAdapter(
      DatabaseClient client,
      TransactionalOperator transactions,
      ConnectionFactory connectionFactory) {
    this.client = client;
    this.transactions = transactions;
    this.database = Database.of(connectionFactory);
  }

  @Override
  public Mono<ScoringInput> load(TenantId tenantId, ScoringPeriod period, Instant historyFrom) {
    long started = System.nanoTime();
    Mono<List<Agent>> agents = all(tenantId, RecordKind.AGENTS, Agent.class, null, null);
    Mono<List<Customer>> customers =
        all(tenantId, RecordKind.CUSTOMERS, Customer.class, null, null);
    Mono<List<ContributionRecord>> contributions =
        all(
            tenantId,
            RecordKind.CONTRIBUTIONS,
            ContributionRecord.class,
            period.from(),
            period.to());
    Mono<List<TicketFacts>> tickets = ticketFacts(tenantId, historyFrom, period.to());

    return Mono.zip(agents, customers, tickets, contributions)
        .map(
            loaded ->
                new ScoringInput(
                    period, loaded.getT1(), loaded.getT2(), loaded.getT3(), loaded.getT4()))
        .doOnNext(
            input ->
                log.info(
                    "Loaded {} agents, {} customers, {} tickets for scoring {} of tenant {} in {}"
                        + " ms",
                    input.agents().size(),
                    input.customers().size(),
                    input.tickets().size(),
                    period.label(),
                    tenantId.value(),
                    (System.nanoTime() - started) / 1_000_000))
        .onErrorMap(
            error ->
                new StorageException(
                    "loading scoring inputs of "
                        + period.label()
                        + " for tenant "
                        + tenantId.value()
                        + " failed",
                    error));
  }

  private <T> Mono<List<T>> all(
      TenantId tenantId, RecordKind kind, Class<T> type, Instant from, Instant to) {
    RecordTable<?> table = tables.of(kind);
    StringBuilder sql =
        new StringBuilder("SELECT external_id, ")
            .append(table.columns().stream().map(Column::name).collect(Collectors.joining(", ")))
            .append(" FROM ")
            .append(table.name())
            .append(" WHERE tenant_id = :tenant");
    if (from != null) {
      sql.append(" AND ")
          .append(table.timeColumn())
          .append(" >= :from AND ")
          .append(table.timeColumn())
          .append(" < :to");
    }
    sql.append(" ORDER BY id");
    DatabaseClient.GenericExecuteSpec spec =
        client.sql(sql.toString()).bind("tenant", tenantId.value());
    if (from != null) {
      spec = spec.bind("from", RowValues.time(from)).bind("to", RowValues.time(to));
    }
    return spec.map(row -> type.cast(table.read(row))).all().collectList();
  }

  // Known gap: every ticket of the grading window is read into memory, so scoring a large history
  // costs many times one SQL aggregate over it; grading from per-customer aggregates would not.
  /**
   * The facts of the tenant's tickets raised in {@code [from, to)}, in slices of time read side by
   * side and joined in time order; within a slice in the order they were stored.
   */
  private Mono<List<TicketFacts>> ticketFacts(TenantId tenantId, Instant from, Instant to) {
    long span = Duration.between(from, to).toMillis();
    List<Instant> bounds = new ArrayList<>();
    for (int slice = 0; slice < TICKET_SLICES; slice++) {
      bounds.add(from.plusMillis(span * slice / TICKET_SLICES));
    }
    bounds.add(to);
    return Flux.range(0, TICKET_SLICES)
        .flatMapSequential(
            slice ->
                client
                    .sql(TICKET_FACTS)
                    .bind("tenant", tenantId.value())
                    .bind("from", RowValues.time(bounds.get(slice)))
                    .bind("to", RowValues.time(bounds.get(slice + 1)))
                    .map(ScoringPersistenceAdapter::ticketFacts)
                    .all()
                    .collectList(),
            TICKET_SLICES)
        .collect(ArrayList<TicketFacts>::new, List::addAll)
        .map(List::copyOf);
  }

  private static TicketFacts ticketFacts(Readable row) {
    long createdMicros = row.get(6, Long.class);
    Long firstResponseMicros = row.get(7, Long.class);
    Number satisfaction = row.get(10, Number.class);
    Number handleSeconds = row.get(13, Number.class);
    return new TicketFacts(
        row.get(0, String.class),
        row.get(1, String.class),
        row.get(2, String.class),
        Channel.valueOf(row.get(3, String.class)),
        row.get(4, String.class),
        Priority.valueOf(row.get(5, String.class)),
        Instant.EPOCH.plus(createdMicros, ChronoUnit.MICROS),
        firstResponseMicros == null
            ? null
            : Math.floorDiv(firstResponseMicros - createdMicros, 1_000_000L),
        Boolean.TRUE.equals(row.get(8, Boolean.class)),
        row.get(9, Number.class).intValue(),
        satisfaction == null ? null : satisfaction.intValue(),
        Boolean.TRUE.equals(row.get(11, Boolean.class)),
        Boolean.TRUE.equals(row.get(12, Boolean.class)),
        handleSeconds == null ? null : handleSeconds.intValue());
  }

  @Override
  public Mono<Void> replace(TenantId tenantId, ScoringResult result, Instant computedAt) {
    long tenant = tenantId.value();
    String period = result.period().label();
    List<Object[]> scorecards = new ArrayList<>(result.scorecards().size());
    for (int i = 0; i < result.scorecards().size(); i++) {
      Scorecard card = result.scorecards().get(i);
      scorecards.add(
          new Object[] {
            tenant,
            period,
            card.agentId(),
            card.teamId(),
            i + 1,
            card.total(),
            ScoringDocuments.scorecard(card)
          });
    }
    List<Object[]> difficulties = new ArrayList<>(result.grading().customers().size());
    result.grading().customers().values().stream()
        .sorted((a, b) -> a.customerId().compareTo(b.customerId()))
        .forEach(
            difficulty ->
                difficulties.add(
                    new Object[] {
                      tenant,
                      period,
                      difficulty.customerId(),
                      difficulty.agentId(),
                      difficulty.coefficient(),
                      difficulty.tickets(),
                      difficulty.normaliser(),
                      ScoringDocuments.contributions(
                          difficulty.contributions(),
                          result.grading().weights(),
                          result.grading().scales())
                    }));

    Mono<Void> work =
        client.inConnection(
            connection ->
                Flux.just("scorecards", "customer_difficulties", "scoring_runs")
                    .concatMap(
                        table ->
                            client
                                .sql(
                                    "DELETE FROM "
                                        + table
                                        + " WHERE tenant_id = :tenant AND period = :period")
                                .bind("tenant", tenant)
                                .bind("period", period)
                                .fetch()
                                .rowsUpdated())
                    .then(insertRun(tenant, result, computedAt))
                    .then(SCORECARDS.insert(connection, database, scorecards))
                    .then(DIFFICULTIES.insert(connection, database, difficulties)));
    return Mono.defer(
            () -> {
              long started = System.nanoTime();
              return transactions
                  .transactional(work)
                  .doOnSuccess(
                      done ->
                          log.info(
                              "Stored {} scorecards and {} customer difficulties of {} for tenant"
                                  + " {} in {} ms",
                              scorecards.size(),
                              difficulties.size(),
                              period,
                              tenant,
                              (System.nanoTime() - started) / 1_000_000));
            })
        .onErrorMap(
            error ->
                new StorageException(
                    "storing the scoring run of " + period + " for tenant " + tenant + " failed",
                    error));
  }

  private Mono<Long> insertRun(long tenant, ScoringResult result, Instant computedAt) {
    return client
        .sql(
            "INSERT INTO scoring_runs (tenant_id, period, config_version, computed_at,"
                + " weight_source, fit_tickets, weights, scales, fairness) VALUES (:tenant,"
                + " :period, :version, :at, :source, :fitTickets, :weights, :scales, :fairness)")
        .bind("tenant", tenant)
        .bind("period", result.period().label())
        .bind("version", result.configVersion())
        .bind("at", RowValues.time(computedAt.truncatedTo(ChronoUnit.MICROS)))
        .bind("source", result.grading().source().name())
        .bind("fitTickets", result.grading().fitTickets())
        .bind("weights", ScoringDocuments.weights(result.grading().weights()))
        .bind("scales", ScoringDocuments.scales(result.grading().scales()))
        .bind("fairness", ScoringDocuments.fairness(result.fairness(), result.teamFairness()))
        .fetch()
        .rowsUpdated();
  }

  @Override
  public Mono<Scorecard> findScorecard(TenantId tenantId, String period, String agentId) {
    return client
        .sql(
            "SELECT body FROM scorecards WHERE tenant_id = :tenant AND period = :period"
                + " AND agent_id = :agent")
        .bind("tenant", tenantId.value())
        .bind("period", period)
        .bind("agent", agentId)
        .map(row -> ScoringDocuments.scorecard(row.get(0, String.class)))
        .one()
        .onErrorMap(
            error ->
                new StorageException(
                    "reading the scorecard of agent " + agentId + " for " + period + " failed",
                    error));
  }

  @Override
  public Flux<Scorecard> findTeamScorecards(TenantId tenantId, String period, String teamId) {
    return scorecards(
        client
            .sql(
                "SELECT body FROM scorecards WHERE tenant_id = :tenant AND period = :period"
                    + " AND team_id = :team ORDER BY position")
            .bind("tenant", tenantId.value())
            .bind("period", period)
            .bind("team", teamId),
        "the scorecards of team " + teamId + " for " + period);
  }

  @Override
  public Flux<Scorecard> scorecards(TenantId tenantId, String period) {
    return scorecards(
        client
            .sql(
                "SELECT body FROM scorecards WHERE tenant_id = :tenant AND period = :period"
                    + " ORDER BY position")
            .bind("tenant", tenantId.value())
            .bind("period", period),
        "the scorecards of " + period + " for tenant " + tenantId.value());
  }

  /** The scorecards a query of their bodies finds, in its order. */
  private static Flux<Scorecard> scorecards(DatabaseClient.GenericExecuteSpec query, String what) {
    return query
        .map(row -> ScoringDocuments.scorecard(row.get(0, String.class)))
        .all()
        .onErrorMap(error -> new StorageException("reading " + what + " failed", error));
  }

  @Override
  public Mono<String> latestPeriod(TenantId tenantId) {
    return client
        .sql(
            "SELECT period FROM scoring_runs WHERE tenant_id = :tenant"
                + " ORDER BY computed_at DESC, period DESC LIMIT 1")
        .bind("tenant", tenantId.value())
        .map(row -> row.get(0, String.class))
        .one()
        .onErrorMap(
            error ->
                new StorageException(
                    "reading the latest scoring run of tenant " + tenantId.value() + " failed",
                    error));
  }

  @Override
  public Mono<CustomerDifficulty> findDifficulty(
      TenantId tenantId, String customerId, String period) {
    String sql =
        "SELECT d.customer_id, d.agent_id, d.coefficient, d.tickets, d.normaliser, d.body,"
            + " r.weights, r.scales FROM customer_difficulties d JOIN scoring_runs r ON r.tenant_id = d.tenant_id"
            + " AND r.period = d.period WHERE d.tenant_id = :tenant AND d.customer_id = :customer"
            + (period == null ? "" : " AND d.period = :period")
            + " ORDER BY r.computed_at DESC, d.period DESC LIMIT 1";
    DatabaseClient.GenericExecuteSpec spec =
        client.sql(sql).bind("tenant", tenantId.value()).bind("customer", customerId);
    if (period != null) {
      spec = spec.bind("period", period);
    }
    return spec.map(
            row ->
                new CustomerDifficulty(
                    row.get(0, String.class),
                    row.get(1, String.class),
                    row.get(2, Double.class),
                    row.get(3, Number.class).intValue(),
                    row.get(4, Double.class),
                    ScoringDocuments.contributions(
                        row.get(5, String.class),
                        row.get(6, String.class),
                        row.get(7, String.class))))
        .one()
        .onErrorMap(
            error ->
                new StorageException(
                    "reading the difficulty of customer " + customerId + " failed", error));
  }

  @Override
  public Mono<ScoringConfigVersion> current(TenantId tenantId) {
    return client
        .sql(
            "SELECT version, config, created_at FROM scoring_configs WHERE tenant_id = :tenant"
                + " ORDER BY version DESC LIMIT 1")
        .bind("tenant", tenantId.value())
        .map(
            row ->
                new ScoringConfigVersion(
                    row.get(0, Number.class).intValue(),
                    ScoringDocuments.config(row.get(1, String.class)),
                    RowValues.instant(row, "created_at")))
        .one()
        .onErrorMap(
            error ->
                new StorageException(
                    "reading the scoring configuration of tenant " + tenantId.value() + " failed",
                    error));
  }

  @Override
  public Mono<ScoringConfigVersion> append(TenantId tenantId, ScoringConfig config, Instant at) {
    Instant stored = at.truncatedTo(ChronoUnit.MICROS);
    String json = ScoringDocuments.config(config);
    Mono<ScoringConfigVersion> work =
        client
            .sql("SELECT COALESCE(MAX(version), 0) FROM scoring_configs WHERE tenant_id = :tenant")
            .bind("tenant", tenantId.value())
            .map(row -> row.get(0, Number.class).intValue() + 1)
            .one()
            .flatMap(
                version ->
                    client
                        .sql(
                            "INSERT INTO scoring_configs (tenant_id, version, config, created_at)"
                                + " VALUES (:tenant, :version, :config, :at)")
                        .bind("tenant", tenantId.value())
                        .bind("version", version)
                        .bind("config", json)
                        .bind("at", RowValues.time(stored))
                        .fetch()
                        .rowsUpdated()
                        .thenReturn(new ScoringConfigVersion(version, config, stored)));
    // Two admins saving at once may pick the same version; the loser tries again with the next.
    return Mono.defer(() -> transactions.transactional(work))
        .retryWhen(Retry.max(3).filter(DriverErrors::isUniqueViolation))
        .onErrorMap(
            error ->
                new StorageException(
                    "storing a scoring configuration for tenant " + tenantId.value() + " failed",
                    error));
  }
}
