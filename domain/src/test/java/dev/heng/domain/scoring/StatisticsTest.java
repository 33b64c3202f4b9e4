package dev.heng.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void ranksTiesByTheirMeanRank() {
    assertThat(Statistics.ranks(new double[] {10, 20, 20, 5})).containsExactly(2, 3.5, 3.5, 1);
  }

  @Test
  void correlatesMonotoneSamplesPerfectlyByRank() {
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {1, 4, 9, 16, 100};

    assertThat(Statistics.spearman(x, y)).isEqualTo(1.0, offset(1e-12));
    assertThat(Statistics.pearson(x, y)).isLessThan(1.0);
  }

  @Test
  void holdsTheThirdVariableFixedInAPartialCorrelation() {
    double[] z = {1, 2, 3, 4, 5, 6};
    double[] shared = {0.5, -0.5, 0.5, -0.5, 0.5, -0.5};
    double[] x = new double[6];
    double[] y = new double[6];
    for (int i = 0; i < 6; i++) {
      x[i] = z[i] + shared[i];
      y[i] = -z[i] + shared[i];
    }

    assertThat(Statistics.pearson(x, y)).isLessThan(-0.8);
    assertThat(Statistics.partialCorrelation(x, y, z)).isEqualTo(1.0, offset(1e-9));
  }

  @Test
  void answersNanWithoutSpreadAndRefusesUnequalLengths() {
    assertThat(Statistics.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
    assertThat(Statistics.percentiles(new double[] {7})).containsExactly(50);
    assertThatThrownBy(() -> Statistics.pearson(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 and 2");
  }

  @Test
  void fitsAnExactLineByLeastSquaresAndRefusesMismatchedLengths() {
    double[][] rows = {{1, 0, 5}, {1, 1, 5}, {1, 2, 5}, {1, 3, 5}};
    double[] y = {2, 5, 8, 11};

    double[] coefficients = Statistics.leastSquares(rows, y);

    double fitted = coefficients[0] + 2 * coefficients[1] + 5 * coefficients[2];
    assertThat(coefficients[1]).isEqualTo(3.0, offset(1e-6));
    assertThat(fitted).isEqualTo(8.0, offset(1e-6));
    assertThatThrownBy(() -> Statistics.leastSquares(rows, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
