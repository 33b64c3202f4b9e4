package dev.heng.application.port.in;

import dev.heng.domain.tenant.TenantId;

/**
 * Check every agent's pool of a tenant against its capacity thresholds.
 *
 * @param tenantId the tenant whose pools changed
 */
public record CheckCapacityCommand(TenantId tenantId) {

  public CheckCapacityCommand {
    if (tenantId == null) {
      throw new IllegalArgumentException("tenantId must not be null");
    }
  }
}
