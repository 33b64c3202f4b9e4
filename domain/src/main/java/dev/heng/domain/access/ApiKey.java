package dev.heng.domain.access;

import dev.heng.domain.tenant.TenantId;
import java.time.Instant;

/**
 * A stored API key, without its secret.
 *
 * @param keyId the public id of the key
 * @param tenantId the tenant it belongs to
 * @param role what it may do
 * @param agentId the agent an {@link Role#AGENT} key is bound to, otherwise null
 * @param teamId the team a {@link Role#TEAM_LEAD} key is bound to, otherwise null
 * @param label a name its creator gave it, or null
 * @param createdAt when it was created
 * @param revokedAt when it was revoked, or null while it works
 */
public record ApiKey(
    String keyId,
    TenantId tenantId,
    Role role,
    String agentId,
    String teamId,
    String label,
    Instant createdAt,
    Instant revokedAt) {

  public ApiKey {
    if (keyId == null || tenantId == null || role == null || createdAt == null) {
      throw new IllegalArgumentException("keyId, tenantId, role and createdAt must not be null");
    }
    new Caller(tenantId, keyId, role, agentId, teamId);
  }

  /** Whether the key still authenticates. */
  public boolean active() {
    return revokedAt == null;
  }

  /** The caller this key authenticates as. */
  public Caller caller() {
    return new Caller(tenantId, keyId, role, agentId, teamId);
  }
}
