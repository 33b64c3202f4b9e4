package dev.heng.application.service;

import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.TenantCreation;
import dev.heng.application.port.out.TenantStorePort;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.access.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import reactor.core.publisher.Mono;

/** Creates a tenant together with its first admin key. */
public final class CreateTenantService implements CreateTenantUseCase {

  private final TenantStorePort tenants;
  private final SecureRandom random;
  private final Clock clock;

  public CreateTenantService(TenantStorePort tenants, SecureRandom random, Clock clock) {
    this.tenants = tenants;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public Mono<TenantCreation> create(CreateTenantCommand command) {
    ApiKeyToken token =
        command.presetAdminKey() != null ? command.presetAdminKey() : ApiKeyToken.generate(random);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

    return tenants
        .createWithAdminKey(command.name(), now, token.keyId(), token.hash())
        .<TenantCreation>map(
            tenant ->
                new TenantCreation.Created(
                    tenant,
                    new ApiKey(
                        token.keyId(),
                        tenant.id(),
                        Role.TENANT_ADMIN,
                        null,
                        null,
                        "first admin key",
                        now,
                        null),
                    token))
        .defaultIfEmpty(new TenantCreation.NameTaken(command.name()));
  }
}
