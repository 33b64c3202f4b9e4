package dev.heng.application.port.in;

import dev.heng.domain.tenant.TenantId;
import java.time.Instant;

/**
 * Compute a tenant's hourly attainment for the completed hours of a range, and check those hours
 * for anomalies.
 *
 * @param tenantId the tenant
 * @param from the range's start; the hour it falls in is the first computed
 * @param to the range's end; only hours that end at or before it, and before the clock's current
 *     hour, are computed
 */
public record ComputeAttainmentCommand(TenantId tenantId, Instant from, Instant to) {

  /**
   * @throws IllegalArgumentException if a value is missing or {@code from} is not before {@code to}
   */
  public ComputeAttainmentCommand {
    if (tenantId == null || from == null || to == null) {
      throw new IllegalArgumentException("tenantId, from and to must not be null");
    }
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, were " + from + " and " + to);
    }
  }
}
