package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import reactor.core.publisher.Mono;

/** Finds the caller behind an API key. */
public interface AuthenticateCallerUseCase {

  /**
   * Authenticates a token.
   *
   * @return a mono of the caller, or an empty mono when the token is malformed, unknown or revoked
   */
  Mono<Caller> authenticate(AuthenticateCallerQuery query);
}
