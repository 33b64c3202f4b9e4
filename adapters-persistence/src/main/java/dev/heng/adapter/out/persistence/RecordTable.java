package dev.heng.adapter.out.persistence;

import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import io.r2dbc.spi.Readable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * How one kind of record lies in its table: its columns, how a record becomes column values and a
 * row becomes a record, and the SQL conditions that tie a row to a team, an agent, a customer or a
 * ticket. Conditions are templates whose {@code %s} is the name of the bound parameter; they may
 * use {@code :tenant}.
 */
abstract class RecordTable<T extends IntakeRecord> {

  private static final HexFormat HEX = HexFormat.of();

  /** The columns every intake table has before its own. */
  static final List<String> COMMON_COLUMNS =
      List.of("tenant_id", "external_id", "content_hash", "stored_at", "modified_at");

  private final RecordKind kind;
  private final String name;
  private final Class<T> type;
  private final List<Column> columns;

  RecordTable(RecordKind kind, String name, Class<T> type, List<Column> columns) {
    this.kind = kind;
    this.name = name;
    this.type = type;
    this.columns = List.copyOf(columns);
  }

  RecordKind kind() {
    return kind;
  }

  String name() {
    return name;
  }

  List<Column> columns() {
    return columns;
  }

  /** The record's values in the order of {@link #columns()}; nulls stand for SQL NULL. */
  abstract Object[] values(T record);

  /** Reads a record from a row holding at least {@code external_id} and {@link #columns()}. */
  abstract T read(Readable row);

  /** The column holding the record's own time, for {@code from}/{@code to}; null if none. */
  String timeColumn() {
    return null;
  }

  /** Condition for rows of the team named by {@code :%s}, or null when it has no meaning. */
  abstract String teamCondition();

  /** Condition for rows of the agent named by {@code :%s}, or null when it has no meaning. */
  abstract String agentCondition();

  /** Condition for rows of the customer named by {@code :%s}, or null when it has no meaning. */
  String customerCondition() {
    return null;
  }

  /** Condition for rows of the ticket named by {@code :%s}, or null when it has no meaning. */
  String ticketCondition() {
    return null;
  }

  /**
   * Condition for rows of one of the event types listed in {@code :%s}, or null when it has no
   * meaning.
   */
  String eventTypeCondition() {
    return null;
  }

  /**
   * Condition limiting an agent-scoped caller; by default the agent condition. Null only for tables
   * every caller of the tenant may read whole.
   */
  String agentScopeCondition() {
    return agentCondition();
  }

  /**
   * Condition limiting a team-scoped caller; by default the team condition. Null only for tables
   * every caller of the tenant may read whole.
   */
  String teamScopeCondition() {
    return teamCondition();
  }

  /** Casts a record known to be of this table's kind. */
  T cast(IntakeRecord record) {
    return type.cast(record);
  }

  /**
   * A hash of the record's content: 128 bits of SHA-256 over its external id and values. Equal
   * content gives an equal hash, so a resent record is recognised without comparing columns.
   */
  String contentHash(T record, Object[] values) {
    StringBuilder canonical = new StringBuilder(256).append(record.externalId());
    for (Object value : values) {
      canonical.append('\u001f').append(value == null ? "\u0000" : value.toString());
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HEX.formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  static String teamAgents(String parameter) {
    return "(SELECT a.external_id FROM agents a WHERE a.tenant_id = :tenant AND a.team_id = :"
        + parameter
        + ")";
  }
}
