package dev.heng.adapter.in.web;

import dev.heng.application.port.in.AuthenticateCallerQuery;
import dev.heng.application.port.in.AuthenticateCallerUseCase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks bearer tokens: the platform key from configuration makes an operator; any other token must
 * be a tenant's API key.
 */
@Component
class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {

  private final AuthenticateCallerUseCase authenticate;
  private final byte[] platformKey;

  ApiKeyAuthenticationManager(
      AuthenticateCallerUseCase authenticate, @Value("${heng.platform-key:}") String platformKey) {
    this.authenticate = authenticate;
    this.platformKey =
        platformKey.isBlank() ? null : platformKey.strip().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Mono<Authentication> authenticate(Authentication authentication) {
    String token = String.valueOf(authentication.getCredentials());
    if (platformKey != null
        && MessageDigest.isEqual(platformKey, token.getBytes(StandardCharsets.UTF_8))) {
      return Mono.just(new PlatformAuthentication());
    }
    return authenticate
        .authenticate(new AuthenticateCallerQuery(token))
        .<Authentication>map(CallerAuthentication::new)
        .switchIfEmpty(Mono.error(() -> new BadCredentialsException("unknown or revoked API key")));
  }
}
