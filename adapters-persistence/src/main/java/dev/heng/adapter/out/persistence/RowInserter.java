package dev.heng.adapter.out.persistence;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Inserts many rows into one table on the connection it is given, so that it joins that
 * connection's transaction: with {@code COPY} on PostgreSQL when there are enough rows for it to
 * pay, otherwise with multi-row {@code VALUES} statements.
 *
 * @param table the table's name
 * @param columns the columns every row fills, in order
 * @param types the Java type of each column, for binding nulls
 */
record RowInserter(String table, List<String> columns, List<Class<?>> types) {

  /** Below this many rows multi-row {@code VALUES} is as quick as {@code COPY}. */
  static final int COPY_THRESHOLD = 64;

  /** Bind parameters per multi-row insert, well below every driver's limit. */
  private static final int PARAMETERS_PER_INSERT = 1_000;

  RowInserter {
    columns = List.copyOf(columns);
    types = List.copyOf(types);
    if (columns.size() != types.size()) {
      throw new IllegalArgumentException(
          "columns and types must pair up, had " + columns.size() + " and " + types.size());
    }
  }

  /**
   * Inserts the rows, each holding one value per column (null for SQL NULL).
   *
   * @return a mono that completes when every row is written
   */
  Mono<Void> insert(Connection connection, Database database, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return Mono.empty();
    }
    if (database == Database.POSTGRESQL && rows.size() >= COPY_THRESHOLD) {
      return PostgresCopyWriter.copy(connection, table, columns, rows).then();
    }
    int rowsPerStatement = Math.max(1, PARAMETERS_PER_INSERT / columns.size());
    return Flux.fromIterable(chunks(rows, rowsPerStatement))
        .concatMap(chunk -> execute(valuesStatement(connection, chunk)))
        .then();
  }

  private Statement valuesStatement(Connection connection, List<Object[]> chunk) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table)
            .append(" (")
            .append(String.join(", ", columns))
            .append(") VALUES ");
    for (int r = 0; r < chunk.size(); r++) {
      sql.append(r == 0 ? "(" : ", (")
          .append(markers(1 + r * columns.size(), columns.size()))
          .append(')');
    }
    Statement statement = connection.createStatement(sql.toString());
    for (int r = 0; r < chunk.size(); r++) {
      Object[] row = chunk.get(r);
      int offset = r * columns.size();
      for (int i = 0; i < row.length; i++) {
        if (row[i] == null) {
          statement.bindNull(offset + i, types.get(i));
        } else {
          statement.bind(offset + i, row[i]);
        }
      }
    }
    return statement;
  }

  private static Mono<Void> execute(Statement statement) {
    return Flux.from(statement.execute()).concatMap(Result::getRowsUpdated).then();
  }

  private static String markers(int first, int count) {
    return IntStream.range(first, first + count)
        .mapToObj(i -> "$" + i)
        .collect(Collectors.joining(", "));
  }

  private static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int start = 0; start < items.size(); start += size) {
      chunks.add(items.subList(start, Math.min(items.size(), start + size)));
    }
    return chunks;
  }
}
