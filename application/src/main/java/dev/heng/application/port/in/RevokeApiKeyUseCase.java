package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Revokes API keys within a tenant. */
public interface RevokeApiKeyUseCase {

  /**
   * Revokes the key; revoking a revoked key again is not an error.
   *
   * @return a mono of the outcome; never empty
   */
  Mono<KeyRevocation> revoke(RevokeApiKeyCommand command);
}
