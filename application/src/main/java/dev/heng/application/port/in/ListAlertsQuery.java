package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import java.time.Instant;

/**
 * A page of the alerts the caller may see, newest first.
 *
 * @param caller who asks; the tenant and the visible part come from here
 * @param status only this status, or null
 * @param kind only this kind, or null
 * @param agentId only alerts about this agent, or null
 * @param from only alerts raised at or after this time, or null
 * @param to only alerts raised before this time, or null
 * @param cursor the {@link AlertPage#nextCursor()} of the previous page, or null for the first
 * @param limit the page size, 1 to 1000
 */
public record ListAlertsQuery(
    Caller caller,
    AlertStatus status,
    AlertKind kind,
    String agentId,
    Instant from,
    Instant to,
    String cursor,
    int limit) {

  /**
   * @throws IllegalArgumentException if caller is null or limit is outside 1..1000
   */
  public ListAlertsQuery {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be within 1..1000, was " + limit);
    }
  }
}
