package dev.heng.adapter.out.persistence;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Wrapped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Inserts rows with PostgreSQL's {@code COPY ... FROM STDIN} in text format, the fastest way in:
 * several times faster than batched inserts. It runs on the caller's connection, so it takes part
 * in the caller's transaction.
 */
final class PostgresCopyWriter {

  private static final int CHUNK_BYTES = 1 << 20;

  private PostgresCopyWriter() {}

  static Mono<Long> copy(
      Connection connection, String table, List<String> columns, List<Object[]> rows) {
    PostgresqlConnection postgres = unwrap(connection);
    if (postgres == null) {
      return Mono.error(
          new IllegalStateException("COPY needs a PostgreSQL connection, got " + connection));
    }
    String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
    return postgres.copyIn(sql, Flux.defer(() -> Flux.fromIterable(encode(rows))));
  }

  private static List<ByteBuf> encode(List<Object[]> rows) {
    List<ByteBuf> chunks = new ArrayList<>();
    ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK_BYTES + 4096);
    StringBuilder line = new StringBuilder(512);
    for (Object[] row : rows) {
      line.setLength(0);
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          line.append('\t');
        }
        appendValue(line, row[i]);
      }
      line.append('\n');
      chunk.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
      if (chunk.size() >= CHUNK_BYTES) {
        chunks.add(Unpooled.wrappedBuffer(chunk.toByteArray()));
        chunk.reset();
      }
    }
    if (chunk.size() > 0) {
      chunks.add(Unpooled.wrappedBuffer(chunk.toByteArray()));
    }
    return chunks;
  }

  private static void appendValue(StringBuilder line, Object value) {
    switch (value) {
      case null -> line.append("\\N");
      case Boolean flag -> line.append(flag ? 't' : 'f');
      case OffsetDateTime time -> line.append(time);
      case String text -> appendEscaped(line, text);
      default -> line.append(value);
    }
  }

  private static void appendEscaped(StringBuilder line, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
  }

  private static PostgresqlConnection unwrap(Object connection) {
    Object current = connection;
    for (int depth = 0; depth < 8 && current != null; depth++) {
      if (current instanceof PostgresqlConnection postgres) {
        return postgres;
      }
      current = current instanceof Wrapped<?> wrapped ? wrapped.unwrap() : null;
    }
    return null;
  }
}
