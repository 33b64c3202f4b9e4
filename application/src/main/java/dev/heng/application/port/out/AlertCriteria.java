package dev.heng.application.port.out;

import dev.heng.domain.access.AccessScope;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;

/**
 * Which alerts of a tenant to read, newest first.
 *
 * @param tenantId the tenant
 * @param scope the part of the tenant the reader may see
 * @param status only alerts in this status, or null for any
 * @param kind only alerts of this kind, or null for any
 * @param agentId only alerts about this agent, or null for any
 * @param from only alerts raised at or after this time, or null
 * @param to only alerts raised before this time, or null
 * @param beforeId only alerts whose id is smaller than this, or 0 for no bound
 * @param limit the most alerts to read, 1 to 1001 (a page of 1000 and one to look ahead)
 */
public record AlertCriteria(
    TenantId tenantId,
    AccessScope scope,
    AlertStatus status,
    AlertKind kind,
    String agentId,
    Instant from,
    Instant to,
    long beforeId,
    int limit) {

  /**
   * @throws IllegalArgumentException if tenant or scope is null, beforeId is negative or limit is
   *     outside 1..1001
   */
  public AlertCriteria {
    if (tenantId == null || scope == null) {
      throw new IllegalArgumentException("tenantId and scope must not be null");
    }
    if (beforeId < 0) {
      throw new IllegalArgumentException("beforeId must not be negative, was " + beforeId);
    }
    if (limit < 1 || limit > 1001) {
      throw new IllegalArgumentException("limit must be within 1..1001, was " + limit);
    }
  }
}
