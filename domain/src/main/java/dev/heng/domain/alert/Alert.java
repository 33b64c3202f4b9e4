package dev.heng.domain.alert;

import dev.heng.domain.access.AccessScope;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;

/**
 * A stored alert about one agent.
 *
 * @param id the alert's id, positive, unique across tenants
 * @param tenantId the tenant it belongs to
 * @param kind the condition it reports
 * @param agentId the agent it is about
 * @param teamId the agent's team when it was raised, or null
 * @param status where it is in its life
 * @param value the measured count when it was raised
 * @param threshold the threshold the count exceeded
 * @param raisedAt when it was raised
 * @param acknowledgedAt when someone acknowledged it, or null
 * @param resolvedAt when it was resolved, or null while it stands
 * @param resolution why it was resolved ({@code pool_dropped} or {@code closed}), or null
 */
public record Alert(
    long id,
    TenantId tenantId,
    AlertKind kind,
    String agentId,
    String teamId,
    AlertStatus status,
    double value,
    double threshold,
    Instant raisedAt,
    Instant acknowledgedAt,
    Instant resolvedAt,
    String resolution) {

  /**
   * @throws IllegalArgumentException if a required value is missing, the id is not positive, or the
   *     resolution time does not match the status
   */
  public Alert {
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive, was " + id);
    }
    if (tenantId == null || kind == null || status == null || raisedAt == null) {
      throw new IllegalArgumentException("tenantId, kind, status and raisedAt must not be null");
    }
    if (agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException("agentId must not be blank, was '" + agentId + "'");
    }
    if (status.standing() == (resolvedAt != null)) {
      throw new IllegalArgumentException(
          "resolvedAt must be set exactly when status is RESOLVED, status "
              + status
              + " had "
              + resolvedAt);
    }
  }

  /**
   * Whether a caller of {@code scope} may see this alert: the whole tenant sees every alert, a team
   * lead those about agents of the team, an agent its own.
   */
  public boolean visibleTo(AccessScope scope) {
    return switch (scope) {
      case AccessScope.WholeTenant whole -> true;
      case AccessScope.OwnTeam team -> team.teamId().equals(teamId);
      case AccessScope.OwnAgent agent -> agent.agentId().equals(agentId);
    };
  }

  /** A plain-language sentence saying what the alert reports. */
  public String message() {
    String measure =
        switch (kind) {
          case CAPACITY_RAW -> "%d customers".formatted(Math.round(value));
          case CAPACITY_WEIGHTED -> "%.1f difficulty-weighted customers".formatted(value);
        };
    String limit =
        switch (kind) {
          case CAPACITY_RAW -> "%d".formatted(Math.round(threshold));
          case CAPACITY_WEIGHTED -> "%.1f".formatted(threshold);
        };
    return "Agent " + agentId + " keeps " + measure + ", above the threshold of " + limit + ".";
  }
}
