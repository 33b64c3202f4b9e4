package dev.heng.application.port.in;

import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.tenant.Tenant;

/**
 * Creates a tenant with its first admin key.
 *
 * @param name the tenant's name, valid by {@link Tenant#requireValidName}
 * @param presetAdminKey the admin key to register, or null to issue a fresh one
 */
public record CreateTenantCommand(String name, ApiKeyToken presetAdminKey) {

  public CreateTenantCommand {
    Tenant.requireValidName(name);
  }
}
