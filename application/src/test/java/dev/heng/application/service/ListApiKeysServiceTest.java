package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.OTHER_TENANT;
import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.ListApiKeysQuery;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.Role;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

class ListApiKeysServiceTest {

  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private final InMemoryApiKeyStorePort keys = new InMemoryApiKeyStorePort();
  private final ListApiKeysService service = new ListApiKeysService(keys);

  private ApiKey saveKey(String keyId, TenantId tenantId, Instant createdAt, Instant revokedAt) {
    ApiKey key =
        new ApiKey(keyId, tenantId, Role.QA_REVIEWER, null, null, null, createdAt, revokedAt);
    keys.save(key, "hash-" + keyId).block();
    return key;
  }

  @Test
  void listsTheTenantsKeysOldestFirstRevokedIncluded() {
    ApiKey newer = saveKey("k1", TENANT, T0.plusSeconds(10), null);
    ApiKey older = saveKey("k2", TENANT, T0, T0.plusSeconds(20));
    saveKey("k3", OTHER_TENANT, T0, null);

    StepVerifier.create(service.list(new ListApiKeysQuery(caller(Role.TENANT_ADMIN))))
        .assertNext(list -> assertThat(list).containsExactly(older, newer))
        .verifyComplete();
  }

  @Test
  void answersAnEmptyListForATenantWithoutKeys() {
    StepVerifier.create(service.list(new ListApiKeysQuery(caller(Role.TENANT_ADMIN))))
        .assertNext(list -> assertThat(list).isEmpty())
        .verifyComplete();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "TENANT_ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void answersNothingToOtherRoles(Role role) {
    saveKey("k1", TENANT, T0, null);

    StepVerifier.create(service.list(new ListApiKeysQuery(caller(role)))).verifyComplete();
  }
}
