package dev.heng.domain.alert;

import java.util.List;

/**
 * What a capacity check changes: the alerts to raise and the standing alerts to resolve.
 *
 * @param raise alerts for conditions that hold and have no standing alert
 * @param resolve standing alerts whose condition no longer holds
 */
public record CapacityDecision(List<RaisedAlert> raise, List<Alert> resolve) {

  public CapacityDecision {
    raise = List.copyOf(raise);
    resolve = List.copyOf(resolve);
  }

  /** Whether the check changes nothing. */
  public boolean unchanged() {
    return raise.isEmpty() && resolve.isEmpty();
  }
}
