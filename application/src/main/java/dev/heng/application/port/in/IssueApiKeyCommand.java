package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;

/**
 * Asks for a new API key in the caller's tenant.
 *
 * @param caller who asks; must be a tenant admin
 * @param role the role of the new key
 * @param agentId the agent an {@link Role#AGENT} key is bound to, otherwise null
 * @param teamId the team a {@link Role#TEAM_LEAD} key is bound to, otherwise null
 * @param label a name for the key, at most 200 characters, or null
 */
public record IssueApiKeyCommand(
    Caller caller, Role role, String agentId, String teamId, String label) {

  public IssueApiKeyCommand {
    if (caller == null || role == null) {
      throw new IllegalArgumentException("caller and role must not be null");
    }
    if (label != null && label.length() > 200) {
      throw new IllegalArgumentException("label must be at most 200 characters");
    }
  }
}
