package dev.heng.application.port.in;

import dev.heng.domain.tenant.TenantId;
import java.util.List;
import java.util.Objects;

/**
 * What one catch-up pass did over every tenant.
 *
 * @param tenants tenants computed, 0 or more
 * @param hours subject-hours written, 0 or more
 * @param raised anomaly alerts raised, 0 or more
 * @param resolved anomaly alerts resolved, 0 or more
 * @param failedTenants the tenants whose computation failed, in the order they were tried; their
 *     hours wait for the next pass
 */
public record AttainmentCatchUp(
    int tenants, int hours, int raised, int resolved, List<TenantId> failedTenants) {

  /**
   * @throws IllegalArgumentException naming the value if a count is negative or the failed tenants
   *     are null or hold null
   */
  public AttainmentCatchUp {
    if (tenants < 0 || hours < 0 || raised < 0 || resolved < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, were tenants "
              + tenants
              + ", hours "
              + hours
              + ", raised "
              + raised
              + ", resolved "
              + resolved);
    }
    if (failedTenants == null || failedTenants.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(
          "failedTenants must be a list without nulls, was " + failedTenants);
    }
    failedTenants = List.copyOf(failedTenants);
  }

  /** How many tenants failed. */
  public int failed() {
    return failedTenants.size();
  }
}
