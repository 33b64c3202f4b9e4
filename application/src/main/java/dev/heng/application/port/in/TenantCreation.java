package dev.heng.application.port.in;

import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.tenant.Tenant;

/** What came of creating a tenant. */
public sealed interface TenantCreation {

  /**
   * The tenant and its first admin key exist.
   *
   * @param tenant the new tenant
   * @param adminKey the stored admin key
   * @param token the admin key's token: shown to its owner once, never stored
   */
  record Created(Tenant tenant, ApiKey adminKey, ApiKeyToken token) implements TenantCreation {}

  /**
   * A tenant of that name exists already; nothing was written.
   *
   * @param name the name asked for
   */
  record NameTaken(String name) implements TenantCreation {}
}
