package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.OTHER_TENANT;
import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.KeyRevocation;
import dev.heng.application.port.in.RevokeApiKeyCommand;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.Role;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

class RevokeApiKeyServiceTest {

  private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-05-01T10:00:00.987654321Z"), ZoneOffset.UTC);

  private final InMemoryApiKeyStorePort keys = new InMemoryApiKeyStorePort();
  private final RevokeApiKeyService service = new RevokeApiKeyService(keys, CLOCK);

  private void saveKey(String keyId, TenantId tenantId) {
    keys.save(
            new ApiKey(keyId, tenantId, Role.QA_REVIEWER, null, null, null, CREATED, null), "hash")
        .block();
  }

  @Test
  void revokesKeyOfTheCallersTenant() {
    saveKey("k1", TENANT);

    StepVerifier.create(service.revoke(new RevokeApiKeyCommand(caller(Role.TENANT_ADMIN), "k1")))
        .expectNext(KeyRevocation.REVOKED)
        .verifyComplete();

    assertThat(keys.get("k1").key().revokedAt())
        .isEqualTo(Instant.parse("2025-05-01T10:00:00.987654Z"));
  }

  @Test
  void answersRevokedAgainForAKeyRevokedBefore() {
    saveKey("k1", TENANT);
    RevokeApiKeyCommand command = new RevokeApiKeyCommand(caller(Role.TENANT_ADMIN), "k1");
    service.revoke(command).block();

    StepVerifier.create(service.revoke(command)).expectNext(KeyRevocation.REVOKED).verifyComplete();
  }

  @Test
  void answersNotFoundForAnotherTenantsKey() {
    saveKey("k1", OTHER_TENANT);

    StepVerifier.create(service.revoke(new RevokeApiKeyCommand(caller(Role.TENANT_ADMIN), "k1")))
        .expectNext(KeyRevocation.NOT_FOUND)
        .verifyComplete();

    assertThat(keys.get("k1").key().active()).isTrue();
  }

  @Test
  void answersNotFoundForAnUnknownKey() {
    StepVerifier.create(service.revoke(new RevokeApiKeyCommand(caller(Role.TENANT_ADMIN), "nope")))
        .expectNext(KeyRevocation.NOT_FOUND)
        .verifyComplete();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "TENANT_ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void forbidsOtherRoles(Role role) {
    saveKey("k1", TENANT);

    StepVerifier.create(service.revoke(new RevokeApiKeyCommand(caller(role), "k1")))
        .expectNext(KeyRevocation.FORBIDDEN)
        .verifyComplete();

    assertThat(keys.get("k1").key().active()).isTrue();
  }
}
