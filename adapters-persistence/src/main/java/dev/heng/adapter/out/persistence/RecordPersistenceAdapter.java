package dev.heng.adapter.out.persistence;

import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.RecordCriteria;
import dev.heng.application.port.out.StorageException;
import dev.heng.application.port.out.StoreRecordsPort;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.tenant.TenantId;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Stores and reads intake records on PostgreSQL or H2 with one schema. Each batch is written in one
 * transaction and compared with what is stored by content hash, so a resent record is counted as
 * unchanged and not written. Large batches on PostgreSQL take a bulk path ({@code COPY} into a
 * staging table, then one update and one insert); everything else reads the stored hashes and
 * writes with batched statements. New and changed message events queue their sentiment analysis in
 * the same transaction, so no message is stored without its job.
 */
@Component
public class RecordPersistenceAdapter implements StoreRecordsPort, LoadRecordsPort {

  private static final Logger log = LoggerFactory.getLogger(RecordPersistenceAdapter.class);

  /** Ids per {@code IN} list: well below every driver's parameter limit. */
  private static final int ID_CHUNK = 2_000;

  /** Rows per batched update statement. */
  private static final int UPDATE_CHUNK = 500;

  /** Below this many rows the general path is as quick as staging with {@code COPY}. */
  private static final int COPY_THRESHOLD = 64;

  private final DatabaseClient client;
  private final TransactionalOperator transactions;
  private final Database database;
  private final Clock clock;
  private final RecordTables tables = new RecordTables();

  public RecordPersistenceAdapter(
      DatabaseClient client,
      TransactionalOperator transactions,
      ConnectionFactory connectionFactory,
      Clock clock) {
    this.client = client;
    this.transactions = transactions;
    this.database = Database.of(connectionFactory);
    this.clock = clock;
  }

  @Override
  public Mono<IntakeCounts> store(TenantId tenantId, RecordKind kind, List<IntakeRecord> records) {
    if (records.isEmpty()) {
      return Mono.just(new IntakeCounts(0, 0, 0));
    }
    RecordTable<?> table = tables.of(kind);
    return Mono.defer(() -> storeInTransaction(table, tenantId, records))
        .retryWhen(
            Retry.max(2)
                .filter(DriverErrors::isUniqueViolation)
                .doBeforeRetry(
                    retry ->
                        log.info(
                            "Concurrent intake of the same {} ids for tenant {}; classifying again",
                            kind.path(),
                            tenantId.value())))
        .onErrorMap(
            error -> !(error instanceof StorageException),
            error ->
                new StorageException(
                    "storing "
                        + records.size()
                        + " "
                        + kind.path()
                        + " for tenant "
                        + tenantId.value()
                        + " failed",
                    error));
  }

  private <T extends IntakeRecord> Mono<IntakeCounts> storeInTransaction(
      RecordTable<T> table, TenantId tenantId, List<IntakeRecord> records) {
    List<PreparedRow> rows = new ArrayList<>(records.size());
    for (IntakeRecord record : records) {
      T typed = table.cast(record);
      Object[] values = table.values(typed);
      rows.add(new PreparedRow(typed.externalId(), values, table.contentHash(typed, values)));
    }
    OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);

    Mono<IntakeCounts> written =
        database == Database.POSTGRESQL && rows.size() >= COPY_THRESHOLD
            ? bulkWrite(table, tenantId, rows, now)
            : classifyAndWrite(table, tenantId, rows, now);
    Mono<IntakeCounts> work =
        table.kind() == RecordKind.TICKET_EVENTS
            ? written.flatMap(
                counts ->
                    counts.created() + counts.updated() == 0
                        ? Mono.just(counts)
                        : AnalysisJobs.queueWritten(client, tenantId, now).thenReturn(counts))
            : written;
    return transactions.transactional(work);
  }

  /**
   * The general path: reads the stored hashes of the batch's ids, then inserts the new rows and
   * updates the changed ones.
   */
  private Mono<IntakeCounts> classifyAndWrite(
      RecordTable<?> table, TenantId tenantId, List<PreparedRow> rows, OffsetDateTime now) {
    return storedHashes(table, tenantId, rows.stream().map(PreparedRow::externalId).toList())
        .flatMap(
            stored -> {
              List<PreparedRow> created = new ArrayList<>();
              List<PreparedRow> changed = new ArrayList<>();
              for (PreparedRow row : rows) {
                String hash = stored.get(row.externalId());
                if (hash == null) {
                  created.add(row);
                } else if (!hash.equals(row.contentHash())) {
                  changed.add(row);
                }
              }
              IntakeCounts counts =
                  new IntakeCounts(
                      created.size(),
                      changed.size(),
                      rows.size() - created.size() - changed.size());
              return insert(table, tenantId, created, now)
                  .then(update(table, tenantId, changed, now))
                  .thenReturn(counts);
            });
  }

  /**
   * The PostgreSQL bulk path. A batch of ids the tenant has none of yet, the usual case when an
   * integrator loads history, is copied straight into the table; any other goes through the staging
   * table. A concurrent batch that stores some of the same ids between the check and the copy makes
   * the copy fail on the unique key, and {@link #store} classifies the batch again.
   */
  private Mono<IntakeCounts> bulkWrite(
      RecordTable<?> table, TenantId tenantId, List<PreparedRow> rows, OffsetDateTime now) {
    return anyStored(table, tenantId, rows)
        .flatMap(
            stored ->
                stored
                    ? stageAndMerge(table, tenantId, rows, now)
                    : copyNew(table, tenantId, rows, now));
  }

  private Mono<Boolean> anyStored(RecordTable<?> table, TenantId tenantId, List<PreparedRow> rows) {
    String sql =
        "SELECT EXISTS (SELECT 1 FROM "
            + table.name()
            + " WHERE tenant_id = $1 AND external_id = ANY($2))";
    String[] ids = rows.stream().map(PreparedRow::externalId).toArray(String[]::new);
    return client
        .sql(sql)
        .bind(0, tenantId.value())
        .bind(1, ids)
        .map(row -> row.get(0, Boolean.class))
        .one();
  }

  private Mono<IntakeCounts> copyNew(
      RecordTable<?> table, TenantId tenantId, List<PreparedRow> rows, OffsetDateTime now) {
    List<String> columns = allColumns(table);
    List<Object[]> values = rowValues(tenantId, rows, now, columns.size());
    return client
        .inConnection(
            connection -> PostgresCopyWriter.copy(connection, table.name(), columns, values))
        .thenReturn(new IntakeCounts(rows.size(), 0, 0));
  }

  /**
   * The PostgreSQL merge path: copies the whole batch into a session-local staging table, then
   * updates the changed rows and inserts the new ones with one statement each. Three round trips
   * whatever the batch size, and no id lists to ship back and forth.
   */
  private Mono<IntakeCounts> stageAndMerge(
      RecordTable<?> table, TenantId tenantId, List<PreparedRow> rows, OffsetDateTime now) {
    List<String> columns = allColumns(table);
    String staging = "staging_" + table.name();
    String columnList = String.join(", ", columns);
    String createStaging =
        "CREATE TEMPORARY TABLE IF NOT EXISTS "
            + staging
            + " ON COMMIT DELETE ROWS AS SELECT "
            + columnList
            + " FROM "
            + table.name()
            + " WITH NO DATA";
    String assignments =
        table.columns().stream()
            .map(column -> column.name() + " = s." + column.name())
            .collect(Collectors.joining(", "));
    String updateChanged =
        "UPDATE "
            + table.name()
            + " t SET "
            + assignments
            + ", content_hash = s.content_hash, modified_at = s.modified_at FROM "
            + staging
            + " s WHERE t.tenant_id = s.tenant_id AND t.external_id = s.external_id"
            + " AND t.content_hash <> s.content_hash";
    String insertNew =
        "INSERT INTO "
            + table.name()
            + " ("
            + columnList
            + ") SELECT "
            + columnList
            + " FROM "
            + staging
            + " s WHERE NOT EXISTS (SELECT 1 FROM "
            + table.name()
            + " t WHERE t.tenant_id = s.tenant_id AND t.external_id = s.external_id)";
    List<Object[]> values = rowValues(tenantId, rows, now, columns.size());

    return client.inConnection(
        connection ->
            execute(connection.createStatement(createStaging))
                .then(PostgresCopyWriter.copy(connection, staging, columns, values))
                .then(rowsUpdated(connection.createStatement(updateChanged)))
                .flatMap(
                    updated ->
                        rowsUpdated(connection.createStatement(insertNew))
                            .flatMap(
                                created ->
                                    created + updated == rows.size()
                                        ? Mono.just(
                                            new IntakeCounts(
                                                created.intValue(), updated.intValue(), 0))
                                        : updateRaced(
                                            connection,
                                            updateChanged,
                                            rows.size(),
                                            created,
                                            updated))));
  }

  /**
   * Each statement of a transaction sees what had committed when it started: rows that a concurrent
   * batch committed after the update ran and before the insert ran are neither updated nor
   * inserted. A second update applies the batch's content to them, so nothing is lost.
   */
  private static Mono<IntakeCounts> updateRaced(
      Connection connection, String updateChanged, int rows, long created, long updated) {
    return rowsUpdated(connection.createStatement(updateChanged))
        .map(
            late -> {
              int changed = (int) (updated + late);
              return new IntakeCounts((int) created, changed, rows - (int) created - changed);
            });
  }

  private Mono<Map<String, String>> storedHashes(
      RecordTable<?> table, TenantId tenantId, List<String> ids) {
    String sql =
        "SELECT external_id, content_hash FROM "
            + table.name()
            + " WHERE tenant_id = :tenant AND external_id IN (:ids)";
    return Flux.fromIterable(chunks(ids, ID_CHUNK))
        .concatMap(
            chunk ->
                client
                    .sql(sql)
                    .bind("tenant", tenantId.value())
                    .bind("ids", chunk)
                    .map(row -> Map.entry(row.get(0, String.class), row.get(1, String.class)))
                    .all())
        .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
  }

  private Mono<Void> insert(
      RecordTable<?> table, TenantId tenantId, List<PreparedRow> rows, OffsetDateTime now) {
    if (rows.isEmpty()) {
      return Mono.empty();
    }
    List<String> columns = allColumns(table);
    List<Object[]> values = rowValues(tenantId, rows, now, columns.size());

    RowInserter inserter = new RowInserter(table.name(), columns, columnTypes(table));
    return client.inConnection(connection -> inserter.insert(connection, database, values));
  }

  private static List<String> allColumns(RecordTable<?> table) {
    List<String> columns = new ArrayList<>(RecordTable.COMMON_COLUMNS);
    table.columns().forEach(column -> columns.add(column.name()));
    return columns;
  }

  private static List<Object[]> rowValues(
      TenantId tenantId, List<PreparedRow> rows, OffsetDateTime now, int width) {
    List<Object[]> values = new ArrayList<>(rows.size());
    for (PreparedRow row : rows) {
      Object[] all = new Object[width];
      all[0] = tenantId.value();
      all[1] = row.externalId();
      all[2] = row.contentHash();
      all[3] = now;
      all[4] = now;
      System.arraycopy(row.values(), 0, all, 5, row.values().length);
      values.add(all);
    }
    return values;
  }

  private Mono<Void> update(
      RecordTable<?> table, TenantId tenantId, List<PreparedRow> rows, OffsetDateTime now) {
    if (rows.isEmpty()) {
      return Mono.empty();
    }
    List<Column> columns = table.columns();
    String assignments =
        IntStream.range(0, columns.size())
            .mapToObj(i -> columns.get(i).name() + " = $" + (i + 1))
            .collect(Collectors.joining(", "));
    int next = columns.size() + 1;
    String sql =
        "UPDATE "
            + table.name()
            + " SET "
            + assignments
            + ", content_hash = $"
            + next
            + ", modified_at = $"
            + (next + 1)
            + " WHERE tenant_id = $"
            + (next + 2)
            + " AND external_id = $"
            + (next + 3);
    List<Class<?>> types = new ArrayList<>();
    columns.forEach(column -> types.add(column.type()));
    types.addAll(List.of(String.class, OffsetDateTime.class, Long.class, String.class));
    List<Object[]> values = new ArrayList<>(rows.size());
    for (PreparedRow row : rows) {
      Object[] all = new Object[types.size()];
      System.arraycopy(row.values(), 0, all, 0, row.values().length);
      all[next - 1] = row.contentHash();
      all[next] = now;
      all[next + 1] = tenantId.value();
      all[next + 2] = row.externalId();
      values.add(all);
    }

    return client.inConnection(
        connection ->
            Flux.fromIterable(chunks(values, UPDATE_CHUNK))
                .concatMap(chunk -> execute(bindAll(connection.createStatement(sql), chunk, types)))
                .then());
  }

  @Override
  public Mono<IntakeRecord> load(
      TenantId tenantId, RecordKind kind, String externalId, AccessScope scope) {
    RecordTable<?> table = tables.of(kind);
    Query query = new Query(tenantId);
    query.where("external_id = :%s", externalId);
    query.scope(table, scope);

    String sql = "SELECT " + selectList(table) + " FROM " + table.name() + query.where();
    return query
        .bindTo(client.sql(sql))
        .map(row -> (IntakeRecord) table.read(row))
        .one()
        .onErrorMap(
            error ->
                new StorageException(
                    "loading " + kind.path() + " for tenant " + tenantId.value() + " failed",
                    error));
  }

  @Override
  public Mono<RecordSlice> list(
      TenantId tenantId,
      RecordKind kind,
      RecordCriteria criteria,
      AccessScope scope,
      long after,
      int limit) {
    RecordTable<?> table = tables.of(kind);
    Query query = new Query(tenantId);
    query.where("id > :%s", after);
    query.where(table.teamCondition(), criteria.teamId());
    query.where(table.agentCondition(), criteria.agentId());
    query.where(table.customerCondition(), criteria.customerId());
    query.where(table.ticketCondition(), criteria.ticketId());
    query.where(
        table.eventTypeCondition(),
        criteria.eventTypes() == null
            ? null
            : criteria.eventTypes().stream().map(EventType::name).sorted().toList());
    if (table.timeColumn() != null) {
      query.where(table.timeColumn() + " >= :%s", RowValues.time(criteria.from()));
      query.where(table.timeColumn() + " < :%s", RowValues.time(criteria.to()));
    }
    query.where("modified_at >= :%s", RowValues.time(criteria.updatedSince()));
    query.scope(table, scope);

    String sql =
        "SELECT id, "
            + selectList(table)
            + " FROM "
            + table.name()
            + query.where()
            + " ORDER BY id LIMIT "
            + limit;
    return query
        .bindTo(client.sql(sql))
        .map(row -> new Positioned(row.get("id", Long.class), table.read(row)))
        .all()
        .collectList()
        .map(
            found ->
                new RecordSlice(
                    found.stream().map(Positioned::record).toList(),
                    found.isEmpty() ? after : found.getLast().position()))
        .onErrorMap(
            error ->
                new StorageException(
                    "listing " + kind.path() + " for tenant " + tenantId.value() + " failed",
                    error));
  }

  @Override
  public Mono<Set<String>> existing(
      TenantId tenantId, RecordKind kind, Collection<String> externalIds) {
    if (externalIds.isEmpty()) {
      return Mono.just(Set.of());
    }
    String sql =
        "SELECT external_id FROM "
            + tables.of(kind).name()
            + " WHERE tenant_id = :tenant AND external_id IN (:ids)";
    return Flux.fromIterable(chunks(List.copyOf(externalIds), ID_CHUNK))
        .concatMap(
            chunk ->
                client
                    .sql(sql)
                    .bind("tenant", tenantId.value())
                    .bind("ids", chunk)
                    .map(row -> row.get(0, String.class))
                    .all())
        .collect(Collectors.toCollection(HashSet::new))
        .<Set<String>>map(Set::copyOf)
        .onErrorMap(
            error ->
                new StorageException(
                    "checking " + kind.path() + " ids for tenant " + tenantId.value() + " failed",
                    error));
  }

  private static String selectList(RecordTable<?> table) {
    return "external_id, "
        + table.columns().stream().map(Column::name).collect(Collectors.joining(", "));
  }

  private static List<Class<?>> columnTypes(RecordTable<?> table) {
    List<Class<?>> types =
        new ArrayList<>(
            List.of(
                Long.class,
                String.class,
                String.class,
                OffsetDateTime.class,
                OffsetDateTime.class));
    table.columns().forEach(column -> types.add(column.type()));
    return types;
  }

  private static Statement bindAll(Statement statement, List<Object[]> rows, List<Class<?>> types) {
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) {
        statement.add();
      }
      bind(statement, rows.get(r), types, 0);
    }
    return statement;
  }

  private static void bind(Statement statement, Object[] row, List<Class<?>> types, int offset) {
    for (int i = 0; i < row.length; i++) {
      if (row[i] == null) {
        statement.bindNull(offset + i, types.get(i));
      } else {
        statement.bind(offset + i, row[i]);
      }
    }
  }

  private static Mono<Long> rowsUpdated(Statement statement) {
    return Flux.from(statement.execute()).concatMap(Result::getRowsUpdated).reduce(0L, Long::sum);
  }

  private static Mono<Void> execute(Statement statement) {
    return Flux.from(statement.execute()).concatMap(Result::getRowsUpdated).then();
  }

  private static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int start = 0; start < items.size(); start += size) {
      chunks.add(items.subList(start, Math.min(items.size(), start + size)));
    }
    return chunks;
  }

  private record Positioned(long position, IntakeRecord record) {}

  /** A WHERE clause built from conditions, each with one named parameter. */
  private static final class Query {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Query(TenantId tenantId) {
      conditions.add("tenant_id = :tenant");
      parameters.put("tenant", tenantId.value());
    }

    void where(String template, Object value) {
      if (template == null || value == null) {
        return;
      }
      String name = "p" + parameters.size();
      conditions.add("(" + template.formatted(name) + ")");
      parameters.put(name, value);
    }

    void scope(RecordTable<?> table, AccessScope scope) {
      switch (scope) {
        case AccessScope.WholeTenant whole -> {}
        case AccessScope.OwnTeam team -> where(table.teamScopeCondition(), team.teamId());
        case AccessScope.OwnAgent agent -> where(table.agentScopeCondition(), agent.agentId());
      }
    }

    String where() {
      return " WHERE " + String.join(" AND ", conditions);
    }

    DatabaseClient.GenericExecuteSpec bindTo(DatabaseClient.GenericExecuteSpec spec) {
      DatabaseClient.GenericExecuteSpec bound = spec;
      for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
        bound = bound.bind(parameter.getKey(), parameter.getValue());
      }
      return bound;
    }
  }
}
