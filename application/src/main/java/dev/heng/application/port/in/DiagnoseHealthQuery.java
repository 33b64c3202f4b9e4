package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringPeriod;

/**
 * Asks for a quarter's health diagnosis.
 *
 * @param caller who asks; tenant-wide roles see the tenant, a team lead its team, an agent nothing
 * @param quarter the quarter
 */
public record DiagnoseHealthQuery(Caller caller, ScoringPeriod quarter) {

  /**
   * @throws IllegalArgumentException if a value is null or {@code quarter} is not a quarter
   */
  public DiagnoseHealthQuery {
    if (caller == null || quarter == null) {
      throw new IllegalArgumentException(
          "caller and quarter must not be null, were " + caller + " and " + quarter);
    }
    if (quarter.unit() != ScoringPeriod.Unit.QUARTER) {
      throw new IllegalArgumentException("quarter must be a quarter, was " + quarter);
    }
  }
}
