package dev.heng.domain.scoring;

/** Small dense linear algebra for the regressions of scoring: normal equations, solved exactly. */
final class Matrices {

  private Matrices() {}

  /**
   * Solves {@code (a + ridge I) x = b} for a symmetric positive semi-definite {@code a} by Cholesky
   * decomposition. A ridge of zero is allowed when {@code a} is positive definite; a singular
   * system gets a tiny ridge so that it still answers.
   *
   * @param a the p x p matrix, not modified
   * @param b the right-hand side of length p, not modified
   * @param ridge added to the diagonal, 0 or more
   * @return x
   */
  static double[] solve(double[][] a, double[] b, double ridge) {
    int p = b.length;
    double scale = 0;
    for (int i = 0; i < p; i++) {
      scale = Math.max(scale, Math.abs(a[i][i]));
    }
    double jitter = Math.max(ridge, 1e-10 * Math.max(scale, 1e-12));
    double[][] lower = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j] + (i == j ? jitter : 0);
        for (int k = 0; k < j; k++) {
          sum -= lower[i][k] * lower[j][k];
        }
        if (i == j) {
          lower[i][i] = Math.sqrt(Math.max(sum, 1e-12 * Math.max(scale, 1e-12)));
        } else {
          lower[i][j] = sum / lower[j][j];
        }
      }
    }
    double[] y = new double[p];
    for (int i = 0; i < p; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= lower[i][k] * y[k];
      }
      y[i] = sum / lower[i][i];
    }
    double[] x = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < p; k++) {
        sum -= lower[k][i] * x[k];
      }
      x[i] = sum / lower[i][i];
    }
    return x;
  }

  /** Adds {@code weight * x x'} to {@code a} and {@code weight * y x} to {@code b}. */
  static void accumulate(double[][] a, double[] b, double[] x, double y, double weight) {
    for (int i = 0; i < x.length; i++) {
      double wx = weight * x[i];
      if (wx == 0) {
        continue;
      }
      b[i] += wx * y;
      for (int j = 0; j <= i; j++) {
        a[i][j] += wx * x[j];
      }
    }
  }

  /** Copies the lower triangle of {@code a} into its upper triangle. */
  static void symmetrise(double[][] a) {
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < i; j++) {
        a[j][i] = a[i][j];
      }
    }
  }

  /** The dot product of two vectors of equal length. */
  static double dot(double[] x, double[] y) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i] * y[i];
    }
    return sum;
  }
}
