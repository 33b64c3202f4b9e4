package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.record.RecordKind;

/**
 * Asks for one page of records.
 *
 * @param caller who asks; the tenant and the visible scope come from here
 * @param kind the kind to list
 * @param filter what to narrow to, never null
 * @param cursor the {@link RecordPage#nextCursor()} of the previous page, or null for the first
 * @param limit the most records on the page, 1 to {@link #MAX_LIMIT}
 */
public record ListRecordsQuery(
    Caller caller, RecordKind kind, RecordFilter filter, String cursor, int limit) {

  /** The largest page. */
  public static final int MAX_LIMIT = 1_000;

  public ListRecordsQuery {
    if (caller == null || kind == null || filter == null) {
      throw new IllegalArgumentException("caller, kind and filter must not be null");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }
}
