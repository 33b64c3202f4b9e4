package dev.heng.domain.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides capacity alerts. For each agent and each count (raw, difficulty-weighted): when the count
 * exceeds the threshold and no alert stands for that condition, raise one; while one stands, raise
 * nothing more; when the count is back at or below the threshold, resolve the standing one. An
 * agent with a standing alert that is missing from the loads is taken to keep no customer. Standing
 * alerts of other kinds (anomalies) are ignored.
 */
public final class CapacityRule {

  private final CapacitySettings settings;

  /**
   * @throws IllegalArgumentException if settings is null
   */
  public CapacityRule(CapacitySettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    this.settings = settings;
  }

  /**
   * Compares the loads with the standing alerts.
   *
   * @param loads the current pool of every agent checked; one entry per agent
   * @param standing the alerts of the tenant that stand (open or acknowledged) for capacity; other
   *     statuses are ignored
   * @return what to raise and what to resolve, in the order of the loads and then of the alerts
   * @throws IllegalArgumentException if an agent appears twice in the loads
   */
  public CapacityDecision decide(Collection<PoolLoad> loads, Collection<Alert> standing) {
    Map<String, Alert> byKey = new HashMap<>();
    for (Alert alert : standing) {
      if (alert.kind().capacity() && alert.status().standing()) {
        byKey.put(RaisedAlert.openKey(alert.kind(), alert.agentId()), alert);
      }
    }
    Set<String> seen = new HashSet<>();
    List<RaisedAlert> raise = new ArrayList<>();
    Set<String> holding = new HashSet<>();
    for (PoolLoad load : loads) {
      if (!seen.add(load.agentId())) {
        throw new IllegalArgumentException("loads name agent " + load.agentId() + " twice");
      }
      for (AlertKind kind : AlertKind.values()) {
        if (!kind.capacity()) {
          continue;
        }
        double value = load.measure(kind);
        double threshold = settings.threshold(kind);
        String key = RaisedAlert.openKey(kind, load.agentId());
        if (value > threshold) {
          holding.add(key);
          if (!byKey.containsKey(key)) {
            raise.add(new RaisedAlert(kind, load.agentId(), load.teamId(), value, threshold));
          }
        }
      }
    }
    List<Alert> resolve = new ArrayList<>();
    for (Alert alert : standing) {
      String key = RaisedAlert.openKey(alert.kind(), alert.agentId());
      if (alert.kind().capacity() && alert.status().standing() && !holding.contains(key)) {
        resolve.add(alert);
      }
    }
    return new CapacityDecision(raise, resolve);
  }
}
