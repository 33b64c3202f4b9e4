package dev.heng.adapter.out.persistence;

import dev.heng.application.port.out.AlertCriteria;
import dev.heng.application.port.out.AlertSettingsStorePort;
import dev.heng.application.port.out.AlertStorePort;
import dev.heng.application.port.out.AnomalySettingsStorePort;
import dev.heng.application.port.out.LoadPoolLoadsPort;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertChange;
import dev.heng.domain.alert.AlertEvent;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.alert.AnomalyDecision;
import dev.heng.domain.alert.AnomalyDetail;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacityDecision;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.alert.PoolLoad;
import dev.heng.domain.alert.RaisedAlert;
import dev.heng.domain.alert.RaisedAnomaly;
import dev.heng.domain.attainment.HourlyMetric;
import dev.heng.domain.attainment.SubjectType;
import dev.heng.domain.tenant.TenantId;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores alerts, each tenant's thresholds and anomaly settings, and counts pools from the intake
 * and scoring tables. An alert change and its webhook queue entries are written in one transaction.
 * The {@code open_key} column, unique per tenant and NULL once an alert is resolved, keeps one
 * standing alert per condition on both databases.
 */
@Component
public class AlertPersistenceAdapter
    implements AlertStorePort, AlertSettingsStorePort, AnomalySettingsStorePort, LoadPoolLoadsPort {

  private static final String COLUMNS =
      "id, tenant_id, kind, agent_id, team_id, status, measured, threshold, raised_at,"
          + " acknowledged_at, resolved_at, resolution, subject_type, metric, hour_start, baseline,"
          + " deviation, volume, baseline_hours, baseline_volume, ticket_ids";

  /**
   * Each customer counted once for its agent, weighted by the coefficient of its latest graded
   * period (by run time), or 1.0 when it was never graded; the agent's team from the agents table.
   */
  private static final String POOLS =
      "SELECT p.agent_id, MAX(a.team_id) AS team_id, COUNT(*) AS customers,"
          + " SUM(p.coefficient) AS weighted FROM (SELECT c.agent_id, COALESCE((SELECT"
          + " d.coefficient FROM customer_difficulties d JOIN scoring_runs r ON r.tenant_id ="
          + " d.tenant_id AND r.period = d.period WHERE d.tenant_id = c.tenant_id AND"
          + " d.customer_id = c.external_id ORDER BY r.computed_at DESC, d.period DESC LIMIT 1),"
          + " 1.0) AS coefficient FROM customers c WHERE c.tenant_id = :tenant AND c.agent_id IS"
          + " NOT NULL) p LEFT JOIN agents a ON a.tenant_id = :tenant AND a.external_id ="
          + " p.agent_id GROUP BY p.agent_id ORDER BY p.agent_id";

  private final DatabaseClient client;
  private final TransactionalOperator transactions;
  private final AlertOutbox outbox;

  public AlertPersistenceAdapter(DatabaseClient client, TransactionalOperator transactions) {
    this.client = client;
    this.transactions = transactions;
    this.outbox = new AlertOutbox(client);
  }

  // Known gap: every check counts every pool of the tenant, so on a tenant with very many customers
  // each customers or agents batch pays for the whole tenant, not for the pools it touched.
  @Override
  public Mono<List<PoolLoad>> poolLoads(TenantId tenantId) {
    return client
        .sql(POOLS)
        .bind("tenant", tenantId.value())
        .map(
            row ->
                new PoolLoad(
                    row.get("agent_id", String.class),
                    row.get("team_id", String.class),
                    row.get("customers", Number.class).intValue(),
                    row.get("weighted", Number.class).doubleValue()))
        .all()
        .collectList()
        .onErrorMap(
            error ->
                new StorageException(
                    "counting pools of tenant " + tenantId.value() + " failed", error));
  }

  @Override
  public Mono<CapacitySettings> find(TenantId tenantId) {
    return client
        .sql(
            "SELECT raw_threshold, weighted_threshold FROM alert_settings WHERE tenant_id ="
                + " :tenant")
        .bind("tenant", tenantId.value())
        .map(
            row ->
                new CapacitySettings(
                    row.get("raw_threshold", Integer.class),
                    row.get("weighted_threshold", Double.class)))
        .one()
        .onErrorMap(
            error ->
                new StorageException(
                    "reading alert settings of tenant " + tenantId.value() + " failed", error));
  }

  @Override
  public Mono<CapacitySettings> save(
      TenantId tenantId, CapacitySettings settings, AnomalySettings anomaly, Instant at) {
    Mono<Long> thresholds =
        client
            .sql(
                "MERGE INTO alert_settings s USING (SELECT CAST(:tenant AS BIGINT) AS tenant_id)"
                    + " n ON s.tenant_id = n.tenant_id WHEN MATCHED THEN UPDATE SET raw_threshold"
                    + " = :raw, weighted_threshold = :weighted, updated_at = :at WHEN NOT MATCHED"
                    + " THEN INSERT (tenant_id, raw_threshold, weighted_threshold, updated_at)"
                    + " VALUES (n.tenant_id, :raw, :weighted, :at)")
            .bind("tenant", tenantId.value())
            .bind("raw", settings.rawThreshold())
            .bind("weighted", settings.weightedThreshold())
            .bind("at", RowValues.time(at))
            .fetch()
            .rowsUpdated();
    Mono<Long> both =
        anomaly == null ? thresholds : thresholds.then(saveAnomaly(tenantId, anomaly, at));
    return transactions
        .transactional(both)
        .thenReturn(settings)
        .onErrorMap(
            error ->
                new StorageException(
                    "saving alert settings of tenant " + tenantId.value() + " failed", error));
  }

  @Override
  public Mono<AnomalySettings> findAnomalySettings(TenantId tenantId) {
    return client
        .sql(
            "SELECT deviation, weeks, min_volume, min_baseline_volume FROM anomaly_settings WHERE"
                + " tenant_id = :tenant")
        .bind("tenant", tenantId.value())
        .map(
            row ->
                new AnomalySettings(
                    RowValues.decimal(row, "deviation"),
                    RowValues.integer(row, "weeks"),
                    RowValues.integer(row, "min_volume"),
                    RowValues.integer(row, "min_baseline_volume")))
        .one()
        .onErrorMap(
            error ->
                new StorageException(
                    "reading anomaly settings of tenant " + tenantId.value() + " failed", error));
  }

  private Mono<Long> saveAnomaly(TenantId tenantId, AnomalySettings settings, Instant at) {
    return client
        .sql(
            "MERGE INTO anomaly_settings s USING (SELECT CAST(:tenant AS BIGINT) AS tenant_id) n"
                + " ON s.tenant_id = n.tenant_id WHEN MATCHED THEN UPDATE SET deviation ="
                + " :deviation, weeks = :weeks, min_volume = :minVolume, min_baseline_volume ="
                + " :minBaseline, updated_at = :at WHEN NOT MATCHED THEN INSERT (tenant_id,"
                + " deviation, weeks, min_volume, min_baseline_volume, updated_at) VALUES"
                + " (n.tenant_id, :deviation, :weeks, :minVolume, :minBaseline, :at)")
        .bind("tenant", tenantId.value())
        .bind("deviation", settings.deviation())
        .bind("weeks", settings.weeks())
        .bind("minVolume", settings.minVolume())
        .bind("minBaseline", settings.minBaselineVolume())
        .bind("at", RowValues.time(at))
        .fetch()
        .rowsUpdated();
  }

  @Override
  public Mono<List<Alert>> standing(TenantId tenantId) {
    return client
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM alerts WHERE tenant_id = :tenant AND open_key IS NOT NULL ORDER BY id")
        .bind("tenant", tenantId.value())
        .map(AlertPersistenceAdapter::alert)
        .all()
        .collectList()
        .onErrorMap(
            error ->
                new StorageException(
                    "reading standing alerts of tenant " + tenantId.value() + " failed", error));
  }

  @Override
  public Mono<List<AlertEvent>> apply(TenantId tenantId, CapacityDecision decision, Instant at) {
    return store(
        tenantId,
        Flux.fromIterable(decision.raise()).concatMap(alert -> raise(tenantId, alert, at)),
        decision.resolve(),
        "pool_dropped",
        at,
        "the capacity check");
  }

  @Override
  public Mono<List<AlertEvent>> apply(TenantId tenantId, AnomalyDecision decision, Instant at) {
    return store(
        tenantId,
        Flux.fromIterable(decision.raise()).concatMap(alert -> raise(tenantId, alert, at)),
        decision.resolve(),
        "back_within_band",
        at,
        "the anomaly check of " + decision.hourStart());
  }

  /** Raises, then resolves with the resolution, queueing every event, in one transaction. */
  private Mono<List<AlertEvent>> store(
      TenantId tenantId,
      Flux<AlertEvent> raised,
      List<Alert> resolve,
      String resolution,
      Instant at,
      String what) {
    Flux<AlertEvent> resolved =
        Flux.fromIterable(resolve)
            .concatMap(
                alert -> transition(tenantId, alert.id(), AlertChange.RESOLVED, resolution, at));
    Mono<List<AlertEvent>> work =
        raised
            .concatWith(resolved)
            .concatMap(event -> outbox.queue(event).thenReturn(event))
            .collectList();
    return transactions
        .transactional(work)
        .onErrorMap(
            error ->
                new StorageException(
                    "storing " + what + " of tenant " + tenantId.value() + " failed", error));
  }

  private Mono<AlertEvent> raise(TenantId tenantId, RaisedAnomaly raised, Instant at) {
    AnomalyDetail detail = raised.detail();
    DatabaseClient.GenericExecuteSpec spec =
        client
            .sql(
                "INSERT INTO alerts (tenant_id, kind, agent_id, team_id, status, measured,"
                    + " threshold, raised_at, open_key, subject_type, metric, hour_start, baseline,"
                    + " deviation, volume, baseline_hours, baseline_volume, ticket_ids) VALUES"
                    + " (:tenant, 'ANOMALY', :agent, :team, 'OPEN', :measured, :threshold, :at,"
                    + " :key, :subjectType, :metric, :hour, :baseline, :deviation, :volume,"
                    + " :baselineHours, :baselineVolume, :tickets)")
            .bind("tenant", tenantId.value())
            .bind("measured", raised.value())
            .bind("threshold", raised.threshold())
            .bind("at", RowValues.time(at))
            .bind("key", raised.openKey())
            .bind("subjectType", detail.subjectType().key())
            .bind("metric", detail.metric().key())
            .bind("hour", RowValues.time(detail.hourStart()))
            .bind("baseline", detail.baseline())
            .bind("deviation", detail.deviation())
            .bind("volume", detail.volume())
            .bind("baselineHours", detail.baselineHours())
            .bind("baselineVolume", detail.baselineVolume())
            .bind("tickets", String.join("\n", detail.tickets()));
    spec = optional(optional(spec, "agent", raised.agentId()), "team", raised.teamId());
    return inserted(
        spec,
        at,
        id ->
            new Alert(
                id,
                tenantId,
                AlertKind.ANOMALY,
                raised.agentId(),
                raised.teamId(),
                AlertStatus.OPEN,
                raised.value(),
                raised.threshold(),
                at,
                null,
                null,
                null,
                detail));
  }

  private Mono<AlertEvent> raise(TenantId tenantId, RaisedAlert raised, Instant at) {
    DatabaseClient.GenericExecuteSpec spec =
        client
            .sql(
                "INSERT INTO alerts (tenant_id, kind, agent_id, team_id, status, measured,"
                    + " threshold, raised_at, open_key) VALUES (:tenant, :kind, :agent, :team,"
                    + " 'OPEN', :measured, :threshold, :at, :key)")
            .bind("tenant", tenantId.value())
            .bind("kind", raised.kind().name())
            .bind("agent", raised.agentId())
            .bind("measured", raised.value())
            .bind("threshold", raised.threshold())
            .bind("at", RowValues.time(at))
            .bind("key", raised.openKey());
    return inserted(
        optional(spec, "team", raised.teamId()),
        at,
        id ->
            new Alert(
                id,
                tenantId,
                raised.kind(),
                raised.agentId(),
                raised.teamId(),
                AlertStatus.OPEN,
                raised.value(),
                raised.threshold(),
                at,
                null,
                null,
                null));
  }

  /** Runs the insert and answers the raised event of the alert built from the generated id. */
  private static Mono<AlertEvent> inserted(
      DatabaseClient.GenericExecuteSpec insert, Instant at, LongFunction<Alert> alert) {
    return insert
        .filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> row.get("id", Long.class))
        .one()
        .map(
            id ->
                new AlertEvent(
                    UUID.randomUUID().toString(), AlertChange.RAISED, at, alert.apply(id)));
  }

  private static DatabaseClient.GenericExecuteSpec optional(
      DatabaseClient.GenericExecuteSpec spec, String name, String value) {
    return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
  }

  /** Moves a standing alert on; empty when it was not in a status the change applies to. */
  private Mono<AlertEvent> transition(
      TenantId tenantId, long alertId, AlertChange change, String resolution, Instant at) {
    DatabaseClient.GenericExecuteSpec update =
        switch (change) {
          case ACKNOWLEDGED ->
              client.sql(
                  "UPDATE alerts SET status = 'ACKNOWLEDGED', acknowledged_at = :at WHERE"
                      + " tenant_id = :tenant AND id = :id AND status = 'OPEN'");
          case RESOLVED ->
              client
                  .sql(
                      "UPDATE alerts SET status = 'RESOLVED', resolved_at = :at, resolution ="
                          + " :resolution, open_key = NULL WHERE tenant_id = :tenant AND id = :id"
                          + " AND open_key IS NOT NULL")
                  .bind("resolution", resolution);
          case RAISED ->
              throw new IllegalArgumentException("change must not be RAISED for alert " + alertId);
        };
    return update
        .bind("at", RowValues.time(at))
        .bind("tenant", tenantId.value())
        .bind("id", alertId)
        .fetch()
        .rowsUpdated()
        .filter(rows -> rows == 1)
        .flatMap(rows -> read(tenantId, alertId))
        .map(alert -> new AlertEvent(UUID.randomUUID().toString(), change, at, alert));
  }

  @Override
  public Mono<Alert> find(TenantId tenantId, long alertId) {
    return read(tenantId, alertId)
        .onErrorMap(error -> new StorageException("reading alert " + alertId + " failed", error));
  }

  private Mono<Alert> read(TenantId tenantId, long alertId) {
    return client
        .sql("SELECT " + COLUMNS + " FROM alerts WHERE tenant_id = :tenant AND id = :id")
        .bind("tenant", tenantId.value())
        .bind("id", alertId)
        .map(AlertPersistenceAdapter::alert)
        .one();
  }

  @Override
  public Mono<AlertEvent> change(TenantId tenantId, long alertId, AlertChange change, Instant at) {
    if (change == AlertChange.RAISED) {
      throw new IllegalArgumentException("change must be ACKNOWLEDGED or RESOLVED, was RAISED");
    }
    Mono<AlertEvent> work =
        transition(tenantId, alertId, change, "closed", at)
            .flatMap(event -> outbox.queue(event).thenReturn(event));
    return transactions
        .transactional(work)
        .onErrorMap(
            error ->
                new StorageException(
                    "changing alert " + alertId + " to " + change + " failed", error));
  }

  @Override
  public Mono<List<Alert>> list(AlertCriteria criteria) {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(" FROM alerts WHERE tenant_id = :tenant");
    Map<String, Object> binds = new LinkedHashMap<>();
    binds.put("tenant", criteria.tenantId().value());
    switch (criteria.scope()) {
      case AccessScope.WholeTenant whole -> {}
      case AccessScope.OwnTeam team -> {
        sql.append(" AND team_id = :scopeTeam");
        binds.put("scopeTeam", team.teamId());
      }
      case AccessScope.OwnAgent agent -> {
        sql.append(" AND agent_id = :scopeAgent");
        binds.put("scopeAgent", agent.agentId());
      }
    }
    if (criteria.status() != null) {
      sql.append(" AND status = :status");
      binds.put("status", criteria.status().name());
    }
    if (criteria.kind() != null) {
      sql.append(" AND kind = :kind");
      binds.put("kind", criteria.kind().name());
    }
    if (criteria.agentId() != null) {
      sql.append(" AND agent_id = :agent");
      binds.put("agent", criteria.agentId());
    }
    if (criteria.from() != null) {
      sql.append(" AND raised_at >= :from");
      binds.put("from", RowValues.time(criteria.from()));
    }
    if (criteria.to() != null) {
      sql.append(" AND raised_at < :to");
      binds.put("to", RowValues.time(criteria.to()));
    }
    if (criteria.beforeId() > 0) {
      sql.append(" AND id < :before");
      binds.put("before", criteria.beforeId());
    }
    sql.append(" ORDER BY id DESC LIMIT ").append(criteria.limit());
    DatabaseClient.GenericExecuteSpec spec = client.sql(sql.toString());
    for (Map.Entry<String, Object> bind : binds.entrySet()) {
      spec = spec.bind(bind.getKey(), bind.getValue());
    }
    return spec.map(AlertPersistenceAdapter::alert)
        .all()
        .collectList()
        .onErrorMap(
            error ->
                new StorageException(
                    "listing alerts of tenant " + criteria.tenantId().value() + " failed", error));
  }

  private static Alert alert(Readable row) {
    String subjectType = RowValues.text(row, "subject_type");
    AnomalyDetail anomaly = null;
    if (subjectType != null) {
      String tickets = RowValues.text(row, "ticket_ids");
      anomaly =
          new AnomalyDetail(
              SubjectType.valueOf(subjectType.toUpperCase(Locale.ROOT)),
              HourlyMetric.ofKey(RowValues.text(row, "metric")),
              RowValues.instant(row, "hour_start"),
              RowValues.decimal(row, "baseline"),
              RowValues.decimal(row, "deviation"),
              RowValues.integer(row, "volume"),
              RowValues.integer(row, "baseline_hours"),
              RowValues.integer(row, "baseline_volume"),
              tickets == null || tickets.isEmpty() ? List.of() : List.of(tickets.split("\n")));
    }
    return new Alert(
        row.get("id", Long.class),
        new TenantId(row.get("tenant_id", Long.class)),
        AlertKind.valueOf(row.get("kind", String.class)),
        row.get("agent_id", String.class),
        row.get("team_id", String.class),
        AlertStatus.valueOf(row.get("status", String.class)),
        row.get("measured", Double.class),
        row.get("threshold", Double.class),
        RowValues.instant(row, "raised_at"),
        RowValues.instant(row, "acknowledged_at"),
        RowValues.instant(row, "resolved_at"),
        row.get("resolution", String.class),
        anomaly);
  }
}
