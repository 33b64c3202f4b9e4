package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Revokes one of the tenant's keys.
 *
 * @param caller who asks; must be a tenant admin
 * @param keyId the public id of the key to revoke
 */
public record RevokeApiKeyCommand(Caller caller, String keyId) {

  public RevokeApiKeyCommand {
    if (caller == null || keyId == null) {
      throw new IllegalArgumentException("caller and keyId must not be null");
    }
  }
}
