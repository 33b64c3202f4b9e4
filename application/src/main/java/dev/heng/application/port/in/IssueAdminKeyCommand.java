package dev.heng.application.port.in;

import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.tenant.Tenant;

/**
 * An operator's request for another admin key of an existing tenant, for example when the first key
 * was lost. Only operators may ask: through the launcher, never through the tenant API.
 *
 * @param tenantName the tenant's name, valid by {@link Tenant#requireValidName}
 * @param presetKey the key to register, or null to issue a fresh one
 */
public record IssueAdminKeyCommand(String tenantName, ApiKeyToken presetKey) {

  public IssueAdminKeyCommand {
    Tenant.requireValidName(tenantName);
  }
}
