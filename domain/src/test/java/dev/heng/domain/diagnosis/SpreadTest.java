package dev.heng.domain.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class SpreadTest {

  @Test
  void interpolatesQuartilesBetweenSortedValues() {
    Spread spread = Spread.of(new double[] {40, 10, 30, 20});

    assertThat(spread.n()).isEqualTo(4);
    assertThat(spread.mean()).isEqualTo(25);
    assertThat(spread.sd()).isEqualTo(12.9099, offset(1e-4));
    assertThat(spread.min()).isEqualTo(10);
    assertThat(spread.q1()).isEqualTo(17.5);
    assertThat(spread.median()).isEqualTo(25);
    assertThat(spread.q3()).isEqualTo(32.5);
    assertThat(spread.max()).isEqualTo(40);
    assertThat(spread.iqr()).isEqualTo(15);
  }

  @Test
  void givesNoDeviationForOneValueAndNothingForNone() {
    Spread one = Spread.of(new double[] {7});
    Spread none = Spread.of(new double[0]);

    assertThat(one.median()).isEqualTo(7);
    assertThat(one.iqr()).isZero();
    assertThat(one.sd()).isNull();
    assertThat(none.n()).isZero();
    assertThat(none.mean()).isNull();
  }
}
