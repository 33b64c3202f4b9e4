package dev.heng.domain.alert;

/**
 * An alert the capacity rule decided to raise, not yet stored.
 *
 * @param kind the condition
 * @param agentId the agent whose pool exceeds the threshold
 * @param teamId the agent's team, or null
 * @param value the measured count
 * @param threshold the threshold it exceeds
 */
public record RaisedAlert(
    AlertKind kind, String agentId, String teamId, double value, double threshold) {

  /**
   * @throws IllegalArgumentException if kind or agent is missing, or the value does not exceed the
   *     threshold
   */
  public RaisedAlert {
    if (kind == null || agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException(
          "kind and agentId must be set, were " + kind + " and '" + agentId + "'");
    }
    if (!(value > threshold)) {
      throw new IllegalArgumentException(
          "value must exceed threshold, was " + value + " against " + threshold);
    }
  }

  /**
   * The key that at most one standing alert of a tenant may hold: the condition, by kind and agent.
   */
  public String openKey() {
    return openKey(kind, agentId);
  }

  /** The open key of the condition {@code kind} for {@code agentId}. */
  public static String openKey(AlertKind kind, String agentId) {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + agentId;
  }
}
