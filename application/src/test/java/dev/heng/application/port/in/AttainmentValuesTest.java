package dev.heng.application.port.in;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heng.domain.attainment.SubjectType;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttainmentValuesTest {

  private static final Instant FROM = Instant.parse("2026-11-23T09:00:00Z");
  private static final Instant TO = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void refusesARunWithoutItsRangeOrWithANegativeCountNamingTheValue() {
    assertThatThrownBy(() -> new AttainmentRun(null, TO, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from");
    assertThatThrownBy(() -> new AttainmentRun(TO, FROM, 0, 0, 0, 0, 0))
        .hasMessageContaining("to not before from");
    assertThatThrownBy(() -> new AttainmentRun(FROM, TO, 1, 2, 3, -1, 0))
        .hasMessageContaining("raised -1");
  }

  @Test
  void refusesACatchUpWithANegativeCountOrAMissingFailedTenant() {
    assertThatThrownBy(() -> new AttainmentCatchUp(-1, 0, 0, 0, List.of()))
        .hasMessageContaining("tenants -1");
    assertThatThrownBy(() -> new AttainmentCatchUp(1, 0, 0, 0, null))
        .hasMessageContaining("failures");
    assertThatThrownBy(
            () ->
                new AttainmentCatchUp(
                    1,
                    0,
                    0,
                    0,
                    Arrays.asList(
                        new AttainmentCatchUp.Failure(new TenantId(1), new IllegalStateException()),
                        null)))
        .hasMessageContaining("failures");
    assertThatThrownBy(() -> new AttainmentCatchUp.Failure(new TenantId(1), null))
        .hasMessageContaining("cause");
  }

  @Test
  void refusesASeriesWithoutItsSubjectOrRangeOrWithANullHour() {
    assertThatThrownBy(() -> new AttainmentSeries(null, "a", FROM, TO, List.of()))
        .hasMessageContaining("subjectType");
    assertThatThrownBy(() -> new AttainmentSeries(SubjectType.AGENT, "a", TO, FROM, List.of()))
        .hasMessageContaining("from must be before to");
    assertThatThrownBy(
            () -> new AttainmentSeries(SubjectType.AGENT, "a", FROM, TO, Arrays.asList(null, null)))
        .hasMessageContaining("hours");
  }

  @Test
  void refusesOutcomesWithoutTheirValue() {
    assertThatThrownBy(() -> new AttainmentRunOutcome.Forbidden(" "))
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> new AttainmentRunOutcome.Computed(null)).hasMessageContaining("run");
    assertThatThrownBy(() -> new SuggestionLookup.NotScored("")).hasMessageContaining("period");
  }
}
