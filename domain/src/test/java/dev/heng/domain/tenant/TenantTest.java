package dev.heng.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantTest {

  @ParameterizedTest
  @ValueSource(strings = {"ab", "acme", "acme-east-2", "a-"})
  void acceptsLowercaseNamesStartingWithALetter(String name) {
    assertThat(Tenant.requireValidName(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"a", "Acme", "1acme", "-acme", "acme_east", "acme east", "ac.me"})
  void rejectsMalformedNamesNamingTheValue(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Tenant.requireValidName(name))
        .withMessageContaining("'" + name + "'");
  }

  @Test
  void acceptsNamesOfUpTo63Characters() {
    assertThat(Tenant.requireValidName("a".repeat(63))).hasSize(63);
    assertThatIllegalArgumentException().isThrownBy(() -> Tenant.requireValidName("a".repeat(64)));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void rejectsNonPositiveIds(long value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TenantId(value))
        .withMessageContaining(Long.toString(value));
  }

  @Test
  void requiresIdAndCreationTime() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Tenant(null, "acme", Instant.EPOCH));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tenant(new TenantId(1), "acme", null));
  }
}
