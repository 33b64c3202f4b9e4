package dev.heng.adapter.out.persistence;

import dev.heng.application.port.out.AttainmentStorePort;
import dev.heng.application.port.out.LoadHourlyTicketsPort;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.attainment.AttainmentHour;
import dev.heng.domain.attainment.DimensionHour;
import dev.heng.domain.attainment.HourlyMetric;
import dev.heng.domain.attainment.HourlyTicket;
import dev.heng.domain.attainment.MetricHour;
import dev.heng.domain.attainment.SubjectType;
import dev.heng.domain.scoring.ScorecardDimension;
import dev.heng.domain.tenant.TenantId;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Stores hourly attainment, one row per subject, hour and item (a dimension or a metric), and reads
 * the tickets it is computed from. A range is replaced by deleting its rows and inserting the new
 * ones in one transaction that first locks the tenant's row ({@code FOR NO KEY UPDATE} on
 * PostgreSQL, which leaves the key share that inserts referencing the tenant take; {@code FOR
 * UPDATE} on H2): replaces of one tenant run one after another, so two that overlap cannot both
 * insert the same hour, and replaces of different tenants do not wait for each other.
 */
@Component
public class AttainmentPersistenceAdapter implements AttainmentStorePort, LoadHourlyTicketsPort {

  private static final String DIMENSION = "dimension:";
  private static final String METRIC = "metric:";

  // Known gap: tickets count for their current assignee and its current team, so a transfer or a
  // move between teams changes only the hours computed after it.
  /**
   * Assigned tickets first answered or resolved in the range, with the assignee's current team; a
   * ticket is answered and resolved after it was raised, which bounds the scan by creation time.
   */
  private static final String TICKETS =
      "SELECT t.external_id, t.assignee_id, a.team_id, t.created_at, t.first_response_at,"
          + " t.resolved_at, t.satisfaction, t.complaint, t.handle_seconds FROM tickets t LEFT JOIN"
          + " agents a ON a.tenant_id = t.tenant_id AND a.external_id = t.assignee_id WHERE"
          + " t.tenant_id = :tenant AND t.assignee_id IS NOT NULL AND t.created_at < :to AND"
          + " ((t.first_response_at >= :from AND t.first_response_at < :to) OR (t.resolved_at >="
          + " :from AND t.resolved_at < :to)) ORDER BY t.id";

  private static final RowInserter ROWS =
      new RowInserter(
          "attainment",
          List.of(
              "tenant_id",
              "hour_start",
              "subject_type",
              "subject_id",
              "item",
              "team_id",
              "measured",
              "volume",
              "normalised",
              "ticket_ids"),
          List.of(
              Long.class,
              OffsetDateTime.class,
              String.class,
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

  public AttainmentPersistenceAdapter(
      DatabaseClient client,
      TransactionalOperator transactions,
      ConnectionFactory connectionFactory) {
    this.client = client;
    this.transactions = transactions;
    this.database = Database.of(connectionFactory);
  }

  @Override
  public Mono<List<HourlyTicket>> hourlyTickets(TenantId tenantId, Instant from, Instant to) {
    return client
        .sql(TICKETS)
        .bind("tenant", tenantId.value())
        .bind("from", RowValues.time(from))
        .bind("to", RowValues.time(to))
        .map(
            row ->
                new HourlyTicket(
                    RowValues.text(row, "external_id"),
                    RowValues.text(row, "assignee_id"),
                    RowValues.text(row, "team_id"),
                    RowValues.instant(row, "created_at"),
                    RowValues.instant(row, "first_response_at"),
                    RowValues.instant(row, "resolved_at"),
                    RowValues.integer(row, "satisfaction"),
                    RowValues.flag(row, "complaint"),
                    RowValues.integer(row, "handle_seconds")))
        .all()
        .collectList()
        .onErrorMap(
            error ->
                new StorageException(
                    "reading the hourly tickets of tenant " + tenantId.value() + " failed", error));
  }

  @Override
  public Mono<Integer> replace(
      TenantId tenantId, Instant from, Instant to, List<AttainmentHour> hours) {
    long tenant = tenantId.value();
    List<Object[]> rows = new ArrayList<>();
    for (AttainmentHour hour : hours) {
      for (DimensionHour dimension : hour.dimensions()) {
        rows.add(
            row(
                tenant,
                hour,
                DIMENSION + dimension.dimension().key(),
                dimension.attainment(),
                dimension.volume(),
                null,
                null));
      }
      for (MetricHour metric : hour.metrics()) {
        rows.add(
            row(
                tenant,
                hour,
                METRIC + metric.metric().key(),
                metric.value(),
                metric.volume(),
                metric.normalised(),
                String.join("\n", metric.tickets())));
      }
    }
    // Known gap: on H2 a replace that waits longer than H2's lock timeout (2 s by default) for
    // another replace of the same tenant fails instead of waiting; the next pass computes it again.
    String lock =
        "SELECT id FROM tenants WHERE id = :tenant"
            + (database == Database.POSTGRESQL ? " FOR NO KEY UPDATE" : " FOR UPDATE");
    Mono<Void> work =
        client.inConnection(
            connection ->
                client
                    .sql(lock)
                    .bind("tenant", tenant)
                    .fetch()
                    .all()
                    .then(
                        client
                            .sql(
                                "DELETE FROM attainment WHERE tenant_id = :tenant AND hour_start"
                                    + " >= :from AND hour_start < :to")
                            .bind("tenant", tenant)
                            .bind("from", RowValues.time(from))
                            .bind("to", RowValues.time(to))
                            .fetch()
                            .rowsUpdated())
                    .then(ROWS.insert(connection, database, rows)));
    return transactions
        .transactional(work)
        .thenReturn(hours.size())
        .onErrorMap(
            error ->
                new StorageException(
                    "storing the attainment of tenant " + tenant + " from " + from + " failed",
                    error));
  }

  private static Object[] row(
      long tenant,
      AttainmentHour hour,
      String item,
      double measured,
      int volume,
      Double normalised,
      String tickets) {
    return new Object[] {
      tenant,
      RowValues.time(hour.hourStart()),
      hour.subjectType().key(),
      hour.subjectId(),
      item,
      hour.teamId(),
      measured,
      volume,
      normalised,
      tickets
    };
  }

  @Override
  public Mono<List<AttainmentHour>> hours(
      TenantId tenantId, SubjectType type, String subjectId, Instant from, Instant to) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT hour_start, subject_type, subject_id, item, team_id, measured, volume,"
                + " normalised, ticket_ids FROM attainment WHERE tenant_id = :tenant AND"
                + " hour_start >= :from AND hour_start < :to");
    if (type != null) {
      sql.append(" AND subject_type = :type");
    }
    if (subjectId != null) {
      sql.append(" AND subject_id = :subject");
    }
    sql.append(" ORDER BY hour_start, subject_type, subject_id, item");
    DatabaseClient.GenericExecuteSpec spec =
        client
            .sql(sql.toString())
            .bind("tenant", tenantId.value())
            .bind("from", RowValues.time(from))
            .bind("to", RowValues.time(to));
    if (type != null) {
      spec = spec.bind("type", type.key());
    }
    if (subjectId != null) {
      spec = spec.bind("subject", subjectId);
    }
    // Known gap: the rows are grouped into hours on the driver's thread, before the caller can
    // move the work to a scheduler of its own.
    return spec.map(AttainmentPersistenceAdapter::item)
        .all()
        .collectList()
        .map(AttainmentPersistenceAdapter::assemble)
        .onErrorMap(
            error ->
                new StorageException(
                    "reading the attainment of tenant " + tenantId.value() + " failed", error));
  }

  /** One stored row: a dimension or a metric of one subject-hour. */
  private record Item(
      Instant hourStart,
      SubjectType type,
      String subjectId,
      String teamId,
      DimensionHour dimension,
      MetricHour metric) {}

  private static Item item(Readable row) {
    String item = RowValues.text(row, "item");
    double measured = RowValues.decimal(row, "measured");
    int volume = RowValues.integer(row, "volume");
    DimensionHour dimension = null;
    MetricHour metric = null;
    if (item.startsWith(DIMENSION)) {
      dimension =
          new DimensionHour(
              ScorecardDimension.valueOf(
                  item.substring(DIMENSION.length()).toUpperCase(Locale.ROOT)),
              measured,
              volume);
    } else {
      String tickets = RowValues.text(row, "ticket_ids");
      metric =
          new MetricHour(
              HourlyMetric.ofKey(item.substring(METRIC.length())),
              measured,
              volume,
              RowValues.decimal(row, "normalised"),
              tickets == null || tickets.isEmpty() ? List.of() : List.of(tickets.split("\n")));
    }
    return new Item(
        RowValues.instant(row, "hour_start"),
        SubjectType.valueOf(RowValues.text(row, "subject_type").toUpperCase(Locale.ROOT)),
        RowValues.text(row, "subject_id"),
        RowValues.text(row, "team_id"),
        dimension,
        metric);
  }

  /** Groups rows, ordered by hour and subject, into subject-hours in catalogue order. */
  private static List<AttainmentHour> assemble(List<Item> items) {
    Map<String, List<Item>> bySubjectHour = new LinkedHashMap<>();
    for (Item item : items) {
      bySubjectHour
          .computeIfAbsent(
              item.hourStart() + "\n" + item.type() + "\n" + item.subjectId(),
              key -> new ArrayList<>())
          .add(item);
    }
    List<AttainmentHour> hours = new ArrayList<>(bySubjectHour.size());
    for (List<Item> group : bySubjectHour.values()) {
      List<DimensionHour> dimensions = new ArrayList<>();
      List<MetricHour> metrics = new ArrayList<>();
      for (Item item : group) {
        if (item.dimension() != null) {
          dimensions.add(item.dimension());
        } else {
          metrics.add(item.metric());
        }
      }
      dimensions.sort((a, b) -> a.dimension().compareTo(b.dimension()));
      metrics.sort((a, b) -> a.metric().compareTo(b.metric()));
      Item first = group.get(0);
      hours.add(
          new AttainmentHour(
              first.type(),
              first.subjectId(),
              first.teamId(),
              first.hourStart(),
              dimensions,
              metrics));
    }
    return hours;
  }

  @Override
  public Mono<Instant> anomaliesCheckedThrough(TenantId tenantId) {
    return client
        .sql("SELECT anomalies_checked_through FROM attainment_marks WHERE tenant_id = :tenant")
        .bind("tenant", tenantId.value())
        .map(row -> RowValues.instant(row, "anomalies_checked_through"))
        .one()
        .onErrorMap(
            error ->
                new StorageException(
                    "reading the anomaly mark of tenant " + tenantId.value() + " failed", error));
  }

  @Override
  public Mono<Void> markAnomaliesChecked(TenantId tenantId, Instant through) {
    return client
        .sql(
            "MERGE INTO attainment_marks m USING (SELECT CAST(:tenant AS BIGINT) AS tenant_id) n"
                + " ON m.tenant_id = n.tenant_id WHEN MATCHED AND m.anomalies_checked_through <"
                + " :through THEN UPDATE SET anomalies_checked_through = :through WHEN NOT MATCHED"
                + " THEN INSERT (tenant_id, anomalies_checked_through) VALUES (n.tenant_id,"
                + " :through)")
        .bind("tenant", tenantId.value())
        .bind("through", RowValues.time(through))
        .fetch()
        .rowsUpdated()
        .then()
        .onErrorMap(
            error ->
                new StorageException(
                    "marking the anomaly check of tenant " + tenantId.value() + " failed", error));
  }
}
