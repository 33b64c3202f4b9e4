package dev.heng.application.service;

import dev.heng.application.port.in.AuthenticateCallerQuery;
import dev.heng.application.port.in.AuthenticateCallerUseCase;
import dev.heng.application.port.out.ApiKeyStorePort;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.access.Caller;
import reactor.core.publisher.Mono;

/** Finds the stored key by the token's public id and checks the token against its hash. */
public final class AuthenticateCallerService implements AuthenticateCallerUseCase {

  private final ApiKeyStorePort keys;

  public AuthenticateCallerService(ApiKeyStorePort keys) {
    this.keys = keys;
  }

  @Override
  public Mono<Caller> authenticate(AuthenticateCallerQuery query) {
    return Mono.justOrEmpty(ApiKeyToken.parse(query.token()))
        .flatMap(
            token ->
                keys.findByKeyId(token.keyId())
                    .filter(stored -> stored.key().active() && token.matches(stored.tokenHash())))
        .map(stored -> stored.key().caller());
  }
}
