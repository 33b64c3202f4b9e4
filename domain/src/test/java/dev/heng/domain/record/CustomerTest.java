package dev.heng.domain.record;

import static dev.heng.domain.record.Rejections.rejectedField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {

  private static Customer customer(
      int productComplexity, Double lifetimeValue, Map<String, String> attributes) {
    return new Customer(
        "cust-1",
        Segment.ENTERPRISE,
        ValueTier.STRATEGIC,
        ServiceWindow.ALWAYS,
        productComplexity,
        "agent-1",
        lifetimeValue,
        12_000.0,
        RetentionStatus.AT_RISK,
        LocalDate.of(2019, 6, 30),
        attributes);
  }

  @Test
  void keepsAttributesInKeyOrder() {
    Customer customer = customer(3, 1.5, Map.of("region", "north", "industry", "retail"));

    assertThat(customer.attributes().keySet()).containsExactly("industry", "region");
    assertThat(customer.kind()).isEqualTo(RecordKind.CUSTOMERS);
  }

  @Test
  void takesActiveWhenRetentionStatusIsMissing() {
    Customer customer =
        new Customer(
            "cust-1",
            Segment.INDIVIDUAL,
            ValueTier.LOW,
            ServiceWindow.BUSINESS_HOURS,
            1,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(customer.retentionStatus()).isEqualTo(RetentionStatus.ACTIVE);
    assertThat(customer.attributes()).isEmpty();
    assertThat(customer.agentId()).isNull();
  }

  @Test
  void requiresSegmentValueTierAndServiceWindow() {
    assertThat(
            rejectedField(
                () ->
                    new Customer(
                        "c",
                        null,
                        ValueTier.LOW,
                        ServiceWindow.ALWAYS,
                        1,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("segment");
    assertThat(
            rejectedField(
                () ->
                    new Customer(
                        "c",
                        Segment.INDIVIDUAL,
                        null,
                        ServiceWindow.ALWAYS,
                        1,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("valueTier");
    assertThat(
            rejectedField(
                () ->
                    new Customer(
                        "c",
                        Segment.INDIVIDUAL,
                        ValueTier.LOW,
                        null,
                        1,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("serviceWindow");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void rejectsProductComplexityOutside1To5(int complexity) {
    assertThat(rejectedField(() -> customer(complexity, null, null)))
        .isEqualTo("productComplexity");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsNegativeOrNonFiniteLifetimeValue(double value) {
    assertThat(rejectedField(() -> customer(2, value, null))).isEqualTo("lifetimeValue");
  }

  @Test
  void rejectsNegativeContractValue() {
    assertThat(
            rejectedField(
                () ->
                    new Customer(
                        "c",
                        Segment.INDIVIDUAL,
                        ValueTier.LOW,
                        ServiceWindow.ALWAYS,
                        1,
                        null,
                        null,
                        -1.0,
                        null,
                        null,
                        null)))
        .isEqualTo("contractValue");
  }

  @Test
  void acceptsZeroValues() {
    Customer customer = customer(2, 0.0, null);

    assertThat(customer.lifetimeValue()).isZero();
  }

  @Test
  void holdsAtMost50Attributes() {
    Map<String, String> fifty = new HashMap<>();
    for (int i = 0; i < 50; i++) {
      fifty.put("key-" + i, "value");
    }
    Map<String, String> fiftyOne = new HashMap<>(fifty);
    fiftyOne.put("key-50", "value");

    assertThat(customer(2, null, fifty).attributes()).hasSize(50);
    assertThat(rejectedField(() -> customer(2, null, fiftyOne))).isEqualTo("attributes");
  }

  @Test
  void rejectsBlankAttributeNameAndMissingValue() {
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("region", null);

    assertThat(rejectedField(() -> customer(2, null, Map.of("", "x")))).isEqualTo("attributes");
    assertThat(rejectedField(() -> customer(2, null, nullValue))).isEqualTo("attributes");
  }

  @Test
  void refusesAnAttributeValueOverOneThousandCharacters() {
    Map<String, String> attributes = Map.of("note", "x".repeat(1_001));

    assertThat(rejectedField(() -> customer(3, 1.5, attributes))).isEqualTo("attributes.note");
  }

  @Test
  void refusesAnAttributeNameOverOneHundredCharacters() {
    Map<String, String> attributes = Map.of("k".repeat(101), "v");

    assertThat(rejectedField(() -> customer(3, 1.5, attributes))).isEqualTo("attributes");
  }
}
