package dev.heng.application.service;

import dev.heng.application.port.in.KeyRevocation;
import dev.heng.application.port.in.RevokeApiKeyCommand;
import dev.heng.application.port.in.RevokeApiKeyUseCase;
import dev.heng.application.port.out.ApiKeyStorePort;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import reactor.core.publisher.Mono;

/** Revokes keys of the caller's tenant. */
public final class RevokeApiKeyService implements RevokeApiKeyUseCase {

  private final ApiKeyStorePort keys;
  private final Clock clock;

  public RevokeApiKeyService(ApiKeyStorePort keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  @Override
  public Mono<KeyRevocation> revoke(RevokeApiKeyCommand command) {
    if (!command.caller().role().mayManageKeys()) {
      return Mono.just(KeyRevocation.FORBIDDEN);
    }

    return keys.revoke(
            command.caller().tenantId(),
            command.keyId(),
            clock.instant().truncatedTo(ChronoUnit.MICROS))
        .map(found -> found ? KeyRevocation.REVOKED : KeyRevocation.NOT_FOUND);
  }
}
