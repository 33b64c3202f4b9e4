package dev.heng.application.service;

import dev.heng.application.port.in.AdminKeyIssuance;
import dev.heng.application.port.in.IssueAdminKeyCommand;
import dev.heng.application.port.in.IssueAdminKeyUseCase;
import dev.heng.application.port.out.ApiKeyStorePort;
import dev.heng.application.port.out.TenantStorePort;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.access.Role;
import dev.heng.domain.tenant.Tenant;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import reactor.core.publisher.Mono;

/** Issues or registers an admin key for an existing tenant on an operator's behalf. */
public final class IssueAdminKeyService implements IssueAdminKeyUseCase {

  private final TenantStorePort tenants;
  private final ApiKeyStorePort keys;
  private final SecureRandom random;
  private final Clock clock;

  public IssueAdminKeyService(
      TenantStorePort tenants, ApiKeyStorePort keys, SecureRandom random, Clock clock) {
    this.tenants = tenants;
    this.keys = keys;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public Mono<AdminKeyIssuance> issue(IssueAdminKeyCommand command) {
    ApiKeyToken token =
        command.presetKey() != null ? command.presetKey() : ApiKeyToken.generate(random);

    return tenants
        .findByName(command.tenantName())
        .flatMap(tenant -> issueFor(tenant, token))
        .defaultIfEmpty(new AdminKeyIssuance.UnknownTenant(command.tenantName()));
  }

  private Mono<AdminKeyIssuance> issueFor(Tenant tenant, ApiKeyToken token) {
    return keys.findByKeyId(token.keyId())
        .<AdminKeyIssuance>map(
            stored ->
                stored.key().tenantId().equals(tenant.id())
                    ? new AdminKeyIssuance.AlreadyRegistered(tenant, token.keyId())
                    : new AdminKeyIssuance.Conflict(token.keyId()))
        .switchIfEmpty(
            Mono.defer(
                () -> {
                  ApiKey key =
                      new ApiKey(
                          token.keyId(),
                          tenant.id(),
                          Role.TENANT_ADMIN,
                          null,
                          null,
                          "operator-issued admin key",
                          clock.instant().truncatedTo(ChronoUnit.MICROS),
                          null);
                  return keys.save(key, token.hash())
                      .thenReturn(new AdminKeyIssuance.Issued(tenant, key, token));
                }));
  }
}
