package dev.heng.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

  private static final TenantId TENANT = new TenantId(3);
  private static final Instant CREATED = Instant.parse("2025-03-01T09:00:00Z");

  @Test
  void worksUntilRevoked() {
    ApiKey active = new ApiKey("k1", TENANT, Role.QA_REVIEWER, null, null, null, CREATED, null);
    ApiKey revoked =
        new ApiKey(
            "k1", TENANT, Role.QA_REVIEWER, null, null, null, CREATED, CREATED.plusSeconds(1));

    assertThat(active.active()).isTrue();
    assertThat(revoked.active()).isFalse();
  }

  @Test
  void authenticatesAsACallerWithItsBinding() {
    ApiKey key = new ApiKey("k1", TENANT, Role.AGENT, "agent-4", null, "desk", CREATED, null);

    Caller caller = key.caller();

    assertThat(caller).isEqualTo(new Caller(TENANT, "k1", Role.AGENT, "agent-4", null));
    assertThat(caller.scope()).isEqualTo(new AccessScope.OwnAgent("agent-4"));
  }

  @Test
  void rejectsBindingThatDoesNotFitItsRole() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ApiKey("k1", TENANT, Role.AGENT, null, null, null, CREATED, null));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new ApiKey("k1", TENANT, Role.TENANT_ADMIN, null, "t-1", null, CREATED, null));
  }

  @Test
  void requiresCreationTime() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new ApiKey("k1", TENANT, Role.TENANT_ADMIN, null, null, null, null, null));
  }
}
