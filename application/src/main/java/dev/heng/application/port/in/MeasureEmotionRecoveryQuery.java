package dev.heng.application.port.in;

import dev.heng.domain.tenant.TenantId;
import java.time.Instant;

/**
 * Asks for agents' emotion recovery over a period.
 *
 * @param tenantId the tenant
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive, after {@code from}
 * @param agentId one agent, or null for every agent with a resolved ticket in the period
 */
public record MeasureEmotionRecoveryQuery(
    TenantId tenantId, Instant from, Instant to, String agentId) {

  public MeasureEmotionRecoveryQuery {
    if (tenantId == null || from == null || to == null || !to.isAfter(from)) {
      throw new IllegalArgumentException(
          "tenantId, from and to must be given with to after from, were "
              + tenantId
              + ", "
              + from
              + ", "
              + to);
    }
  }
}
