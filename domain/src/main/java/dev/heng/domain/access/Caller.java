package dev.heng.domain.access;

import dev.heng.domain.tenant.TenantId;

/**
 * An authenticated caller: the tenant and role of the key it presented.
 *
 * @param tenantId the tenant the key belongs to
 * @param keyId the public id of the key, for logs and audit
 * @param role the key's role
 * @param agentId the agent an {@link Role#AGENT} key is bound to; null for other roles
 * @param teamId the team a {@link Role#TEAM_LEAD} key is bound to; null for other roles
 */
public record Caller(TenantId tenantId, String keyId, Role role, String agentId, String teamId) {

  public Caller {
    if (tenantId == null || keyId == null || role == null) {
      throw new IllegalArgumentException("tenantId, keyId and role must not be null");
    }
    if (role.needsAgent() != (agentId != null)) {
      throw new IllegalArgumentException(
          "agentId must be set exactly for role AGENT, role " + role + " had " + agentId);
    }
    if (role.needsTeam() != (teamId != null)) {
      throw new IllegalArgumentException(
          "teamId must be set exactly for role TEAM_LEAD, role " + role + " had " + teamId);
    }
  }

  /** The records this caller may read. */
  public AccessScope scope() {
    return switch (role) {
      case AGENT -> new AccessScope.OwnAgent(agentId);
      case TEAM_LEAD -> new AccessScope.OwnTeam(teamId);
      default -> new AccessScope.WholeTenant();
    };
  }
}
