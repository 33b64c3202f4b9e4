package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.record.RecordKind;
import java.util.List;

/**
 * A batch of records of one kind to store for the caller's tenant.
 *
 * @param caller who sends it; the tenant comes from here
 * @param kind the kind every line must be of
 * @param lines the lines in order, 1 to {@link #MAX_LINES}
 */
public record IngestRecordsCommand(Caller caller, RecordKind kind, List<IntakeLine> lines) {

  /** The most lines one batch may hold. */
  public static final int MAX_LINES = 10_000;

  public IngestRecordsCommand {
    if (caller == null || kind == null) {
      throw new IllegalArgumentException("caller and kind must not be null");
    }
    lines = List.copyOf(lines);
    if (lines.size() > MAX_LINES) {
      throw new IllegalArgumentException(
          "a batch holds at most " + MAX_LINES + " lines, had " + lines.size());
    }
  }
}
