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
 * @param failures the tenants whose computation failed, with the error, in the order they were
 *     tried; their hours wait for the next pass
 */
public record AttainmentCatchUp(
    int tenants, int hours, int raised, int resolved, List<Failure> failures) {

  /**
   * One tenant whose computation failed.
   *
   * @param tenantId the tenant
   * @param cause what failed, for the log
   */
  public record Failure(TenantId tenantId, Throwable cause) {

    /**
     * @throws IllegalArgumentException if tenantId or cause is null
     */
    public Failure {
      if (tenantId == null || cause == null) {
        throw new IllegalArgumentException(
            "tenantId and cause must be set, were " + tenantId + " and " + cause);
      }
    }
  }

  /**
   * @throws IllegalArgumentException naming the value if a count is negative or the failures are
   *     null or hold null
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
    if (failures == null || failures.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("failures must be a list without nulls, was " + failures);
    }
    failures = List.copyOf(failures);
  }

  /** How many tenants failed. */
  public int failed() {
    return failures.size();
  }

  /** The tenants whose computation failed, in the order they were tried. */
  public List<TenantId> failedTenants() {
    return failures.stream().map(Failure::tenantId).toList();
  }
}
