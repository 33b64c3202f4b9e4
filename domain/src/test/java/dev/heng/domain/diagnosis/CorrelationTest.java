package dev.heng.domain.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class CorrelationTest {

  @Test
  void givesAFisherIntervalAroundPearsonsR() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] y = {2, 1, 4, 3, 6, 5, 8, 7, 10, 9};

    Correlation correlation = Correlation.pearson(x, y);

    assertThat(correlation.n()).isEqualTo(10);
    assertThat(correlation.r()).isEqualTo(0.9394, offset(1e-4));
    // atanh(0.9394) = 1.7329 and 1.6449 / sqrt(7) = 0.6217: tanh(1.1112) and tanh(2.3546).
    assertThat(correlation.low()).isEqualTo(0.8045, offset(1e-3));
    assertThat(correlation.high()).isEqualTo(0.9822, offset(1e-3));
    assertThat(correlation.direction()).isEqualTo(Correlation.Direction.POSITIVE);
  }

  @Test
  void widensTheIntervalOfSpearmansRho() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] y = {2, 1, 4, 3, 6, 5, 8, 7, 10, 90};

    Correlation pearson = Correlation.pearson(Ranks.of(x), Ranks.of(y));
    Correlation spearman = Correlation.spearman(x, y);

    assertThat(spearman.r()).isEqualTo(pearson.r(), offset(1e-12));
    assertThat(spearman.high() - spearman.low()).isGreaterThan(pearson.high() - pearson.low());
  }

  @Test
  void readsTheSignFromTheInterval() {
    double[] x = {1, 2, 3, 4, 5, 6};

    assertThat(Correlation.pearson(x, new double[] {6, 5, 4, 3, 2, 1.5}).direction())
        .isEqualTo(Correlation.Direction.NEGATIVE);
    assertThat(Correlation.pearson(x, new double[] {1, 3, 2, 2, 3, 1}).direction())
        .isEqualTo(Correlation.Direction.UNCLEAR);
  }

  @Test
  void givesNoFigureBelowThreePairsAndNoIntervalBelowFour() {
    Correlation two = Correlation.pearson(new double[] {1, 2}, new double[] {1, 2});
    Correlation three = Correlation.pearson(new double[] {1, 2, 3}, new double[] {1, 3, 2});

    assertThat(two.r()).isNull();
    assertThat(two.direction()).isEqualTo(Correlation.Direction.UNDEFINED);
    assertThat(three.r()).isEqualTo(0.5, offset(1e-12));
    assertThat(three.low()).isNull();
    assertThat(three.direction()).isEqualTo(Correlation.Direction.UNDEFINED);
    assertThat(Correlation.none().n()).isZero();
  }

  @Test
  void givesNoFigureWithoutSpreadAndCollapsesOnAPerfectCorrelation() {
    Correlation flat = Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {5, 5, 5, 5});
    Correlation perfect =
        Correlation.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 6, 8, 10});

    assertThat(flat.r()).isNull();
    assertThat(perfect.r()).isEqualTo(1.0, offset(1e-12));
    assertThat(perfect.low()).isEqualTo(1.0, offset(1e-6));
    assertThat(perfect.high()).isEqualTo(1.0);
  }

  @Test
  void refusesAnIntervalThatMissesItsCorrelation() {
    assertThatThrownBy(() -> new Correlation(10, 0.5, 0.6, 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.6 to 0.9 around 0.5");
    assertThatThrownBy(() -> new Correlation(-1, null, null, null))
        .hasMessageContaining("n must not be negative, was -1");
  }

  /** Ranks of a sample without ties: its position in sorted order, from 1. */
  private static final class Ranks {
    static double[] of(double[] values) {
      double[] ranks = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        int below = 0;
        for (double other : values) {
          if (other < values[i]) {
            below++;
          }
        }
        ranks[i] = below + 1;
      }
      return ranks;
    }
  }
}
