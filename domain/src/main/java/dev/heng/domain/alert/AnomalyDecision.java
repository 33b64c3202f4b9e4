package dev.heng.domain.alert;

import java.time.Instant;
import java.util.List;

/**
 * What an anomaly check of one hour changes: the alerts to raise and the standing alerts to resolve
 * because their metric came back within the band.
 *
 * @param hourStart the hour that was checked
 * @param raise alerts for conditions that hold and have no standing alert
 * @param resolve standing anomaly alerts whose metric is back within the band
 */
public record AnomalyDecision(Instant hourStart, List<RaisedAnomaly> raise, List<Alert> resolve) {

  /**
   * @throws IllegalArgumentException if the hour is null
   */
  public AnomalyDecision {
    if (hourStart == null) {
      throw new IllegalArgumentException("hourStart must not be null");
    }
    raise = List.copyOf(raise);
    resolve = List.copyOf(resolve);
  }

  /** Whether the check changes nothing. */
  public boolean unchanged() {
    return raise.isEmpty() && resolve.isEmpty();
  }
}
