package dev.heng.application.service;

import dev.heng.application.port.in.RegisterWebhookCommand;
import dev.heng.application.port.in.RegisterWebhookUseCase;
import dev.heng.application.port.in.WebhookRegistration;
import dev.heng.application.port.out.WebhookEndpointStorePort;
import dev.heng.domain.access.Role;
import dev.heng.domain.webhook.UrlCheck;
import dev.heng.domain.webhook.WebhookUrlPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import reactor.core.publisher.Mono;

/**
 * Registers webhook endpoints. The secret is 32 random bytes, base64url-encoded behind {@code
 * whsec_}.
 */
public final class RegisterWebhookService implements RegisterWebhookUseCase {

  private static final int MAX_DESCRIPTION = 200;

  private final WebhookEndpointStorePort endpoints;
  private final WebhookUrlPolicy policy;
  private final SecureRandom random;
  private final Clock clock;

  public RegisterWebhookService(
      WebhookEndpointStorePort endpoints,
      WebhookUrlPolicy policy,
      SecureRandom random,
      Clock clock) {
    this.endpoints = endpoints;
    this.policy = policy;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public Mono<WebhookRegistration> register(RegisterWebhookCommand command) {
    if (command.caller().role() != Role.TENANT_ADMIN) {
      return Mono.just(
          new WebhookRegistration.Forbidden(
              "role " + command.caller().role() + " may not manage webhooks"));
    }
    if (command.description() != null && command.description().length() > MAX_DESCRIPTION) {
      return Mono.just(
          new WebhookRegistration.Refused(
              "description", "must be at most " + MAX_DESCRIPTION + " characters"));
    }
    if (policy.check(command.url()) instanceof UrlCheck.Refused refused) {
      return Mono.just(new WebhookRegistration.Refused("url", refused.reason()));
    }

    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return endpoints
        .add(
            command.caller().tenantId(),
            command.url(),
            secret,
            command.description(),
            clock.instant())
        .map(endpoint -> new WebhookRegistration.Registered(endpoint, secret));
  }
}
