package dev.heng.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class DimensionContributionTest {

  private static final DimensionScale SCALE = new DimensionScale(0.2, 0.05);

  @Test
  void contributesTheWeightTimesTheStandardisedValue() {
    DimensionContribution contribution =
        DimensionContribution.of(DifficultyDimension.COMPLAINT_RATE, 0.3, SCALE, 0.4);

    assertThat(contribution.standardised()).isEqualTo((0.3 - 0.2) / 0.05);
    assertThat(contribution.weight()).isEqualTo(0.4);
    assertThat(contribution.contribution()).isEqualTo(0.4 * ((0.3 - 0.2) / 0.05));
    assertThat(contribution.missing()).isFalse();
  }

  @Test
  void letsAMissingValueContributeNothingAndTakeNoWeight() {
    DimensionContribution contribution =
        DimensionContribution.of(DifficultyDimension.COMPLAINT_RATE, null, SCALE, 0.4);

    assertThat(contribution)
        .isEqualTo(new DimensionContribution(DifficultyDimension.COMPLAINT_RATE, null, 0, 0, 0));
    assertThat(contribution.missing()).isTrue();
  }

  @Test
  void standardisesNothingOnAScaleWithoutSpread() {
    DimensionScale flat = new DimensionScale(3, DimensionScale.NO_SPREAD / 2);

    assertThat(flat.z(7)).isZero();
    assertThat(SCALE.z(Double.NaN)).isZero();
    assertThat(SCALE.z(0.1)).isEqualTo(-2.0, offset(1e-12));
  }

  @Test
  void refusesAScaleThatIsNotFiniteOrSpreadsNegatively() {
    assertThatThrownBy(() -> new DimensionScale(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mean");
    assertThatThrownBy(() -> new DimensionScale(0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sd");
  }
}
