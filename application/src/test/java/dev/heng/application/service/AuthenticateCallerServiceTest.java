package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.AuthenticateCallerQuery;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

class AuthenticateCallerServiceTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private final InMemoryApiKeyStorePort keys = new InMemoryApiKeyStorePort();
  private final AuthenticateCallerService service = new AuthenticateCallerService(keys);

  private ApiKeyToken saveKey(Role role, String agentId, Instant revokedAt) {
    ApiKeyToken token = ApiKeyToken.generate(RANDOM);
    keys.save(
            new ApiKey(token.keyId(), TENANT, role, agentId, null, null, T0, revokedAt),
            token.hash())
        .block();
    return token;
  }

  @Test
  void authenticatesAsTheKeysCaller() {
    ApiKeyToken token = saveKey(Role.AGENT, "agent-9", null);

    StepVerifier.create(service.authenticate(new AuthenticateCallerQuery(token.text())))
        .expectNext(new Caller(TENANT, token.keyId(), Role.AGENT, "agent-9", null))
        .verifyComplete();
  }

  @Test
  void toleratesWhitespaceAroundTheToken() {
    ApiKeyToken token = saveKey(Role.QA_REVIEWER, null, null);

    StepVerifier.create(service.authenticate(new AuthenticateCallerQuery(" " + token.text() + " ")))
        .assertNext(caller -> assertThat(caller.keyId()).isEqualTo(token.keyId()))
        .verifyComplete();
  }

  @Test
  void failsForARevokedKey() {
    ApiKeyToken token = saveKey(Role.QA_REVIEWER, null, T0.plusSeconds(1));

    StepVerifier.create(service.authenticate(new AuthenticateCallerQuery(token.text())))
        .verifyComplete();
  }

  @Test
  void failsForTheRightKeyIdWithTheWrongSecret() {
    ApiKeyToken token = saveKey(Role.TENANT_ADMIN, null, null);
    String forged = "heng_" + token.keyId() + "_" + "A".repeat(43);

    StepVerifier.create(service.authenticate(new AuthenticateCallerQuery(forged))).verifyComplete();

    assertThat(keys.finds()).isEqualTo(1);
  }

  @Test
  void failsForAnUnknownKey() {
    saveKey(Role.TENANT_ADMIN, null, null);
    ApiKeyToken unknown = ApiKeyToken.generate(RANDOM);

    StepVerifier.create(service.authenticate(new AuthenticateCallerQuery(unknown.text())))
        .verifyComplete();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "short", "a token with spaces in it, long enough"})
  void failsForTextThatCannotBeATokenWithoutAskingTheStore(String text) {
    StepVerifier.create(service.authenticate(new AuthenticateCallerQuery(text))).verifyComplete();

    assertThat(keys.finds()).isZero();
  }
}
