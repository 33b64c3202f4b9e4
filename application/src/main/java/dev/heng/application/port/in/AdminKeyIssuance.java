package dev.heng.application.port.in;

import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.tenant.Tenant;

/** What came of an operator's request for an admin key. */
public sealed interface AdminKeyIssuance {

  /**
   * The key exists now.
   *
   * @param tenant the tenant
   * @param key the stored key
   * @param token its token: shown once, never stored
   */
  record Issued(Tenant tenant, ApiKey key, ApiKeyToken token) implements AdminKeyIssuance {}

  /**
   * The preset key was registered before; nothing changed.
   *
   * @param tenant the tenant
   * @param keyId the key's public id
   */
  record AlreadyRegistered(Tenant tenant, String keyId) implements AdminKeyIssuance {}

  /**
   * The preset key belongs to another tenant; nothing changed.
   *
   * @param keyId the key's public id
   */
  record Conflict(String keyId) implements AdminKeyIssuance {}

  /**
   * There is no tenant of that name.
   *
   * @param tenantName the name asked for
   */
  record UnknownTenant(String tenantName) implements AdminKeyIssuance {}
}
