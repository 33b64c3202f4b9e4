package dev.heng.adapter.out.persistence;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Wrapped;
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

  /** Characters per buffer sent: about a megabyte of mostly ASCII text. */
  private static final int CHUNK_CHARS = 1 << 20;

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
    StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 4096);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          chunk.append('\t');
        }
        appendValue(chunk, row[i]);
      }
      chunk.append('\n');
      if (chunk.length() >= CHUNK_CHARS) {
        chunks.add(Unpooled.wrappedBuffer(chunk.toString().getBytes(StandardCharsets.UTF_8)));
        chunk.setLength(0);
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(Unpooled.wrappedBuffer(chunk.toString().getBytes(StandardCharsets.UTF_8)));
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
    int first = firstSpecial(text);
    if (first < 0) {
      line.append(text);
      return;
    }
    line.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
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

  /**
   * The index of the first character COPY's text format needs escaped, or -1 when there is none.
   */
  private static int firstSpecial(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
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
