package dev.heng.domain.scoring;

/**
 * The expectation an agent's outcomes are judged against: a regression of one outcome on the
 * tickets' case mix with agent fixed effects, then of the agents' effects on their workload.
 *
 * <p>Stage one fits {@code g(E[y]) = intercept + beta . x + alpha(agent)} over the tenant's
 * tickets, where x is the ticket's case mix (customer difficulty, priority, channel, category) and
 * g is the identity (continuous outcomes) or the logit (yes/no outcomes). The agent effects keep
 * each agent's skill out of beta, so a skilled agent's harder customers do not make difficulty look
 * harmless; they are penalised towards 0 ({@link #AGENT_PRIOR_TICKETS}) so that an agent with no
 * complaints stays finite. Stage two regresses the agent effects on the agents' measures of load
 * and on seniority (weighted by each agent's information) to learn how load moves the outcome among
 * agents of the same experience; only harmful effects are kept. The expectation of a ticket is
 * {@code g^-1(intercept + beta . x + gamma . load measures of its agent)}: what the tenant's
 * average agent would have achieved with that ticket under that load.
 */
final class CaseMixModel {

  /** The outcome's distribution. */
  enum Family {
    /** A yes/no outcome, modelled on the logit scale. */
    BINARY,
    /** A continuous outcome (a rating, a log duration), modelled as it is. */
    CONTINUOUS
  }

  /** Prior strength of an agent effect, in tickets' worth of information. */
  private static final double AGENT_PRIOR_TICKETS = 5;

  private static final int MAX_ITERATIONS = 30;
  private static final double TOLERANCE = 1e-6;

  private final double[] coefficients;
  private final double[] loadEffects;
  private final double residualVariance;
  private final Family family;

  private CaseMixModel(
      Family family, double[] coefficients, double[] loadEffects, double residualVariance) {
    this.family = family;
    this.coefficients = coefficients;
    this.loadEffects = loadEffects;
    this.residualVariance = residualVariance;
  }

  /**
   * Fits the model.
   *
   * @param family the outcome's distribution
   * @param agentOf each observation's agent index
   * @param x each observation's case mix, all rows of one length
   * @param y each observation's outcome (0 or 1 for binary)
   * @param agentLoads each agent's measures of load, centred on the tenant: ln(workload
   *     coefficient) and ln(tickets handled); the regression learns how much each says
   * @param agentSeniority each agent's seniority 1..4
   * @param harm +1 when load harmfully raises the outcome (complaints, durations), -1 when it
   *     harmfully lowers it (resolutions, ratings)
   * @param adjustForLoad whether stage two runs; without it the load effect is 0
   */
  static CaseMixModel fit(
      Family family,
      int[] agentOf,
      double[][] x,
      double[] y,
      double[][] agentLoads,
      int[] agentSeniority,
      int harm,
      boolean adjustForLoad) {
    int n = y.length;
    int agents = agentLoads.length;
    int p = n == 0 ? 1 : x[0].length + 1;
    double[] theta = new double[p];
    double mean = 0;
    for (double value : y) {
      mean += value;
    }
    mean = n == 0 ? 0 : mean / n;
    theta[0] = family == Family.BINARY ? logit(Math.min(1 - 1e-4, Math.max(1e-4, mean))) : mean;
    double[] alpha = new double[agents];
    double[] information = new double[agents];
    double[] z = new double[p];

    double prior = priorPrecision(family, mean);
    for (int iteration = 0; iteration < MAX_ITERATIONS && n > 0; iteration++) {
      // One Newton step on the intercept, beta and every agent effect together. The agent block of
      // the Hessian is diagonal, so the step is solved through its Schur complement: a p x p system
      // whatever the number of agents.
      double[][] hessian = new double[p][p];
      double[] gradient = new double[p];
      double[][] cross = new double[agents][p];
      double[] agentGradient = new double[agents];
      java.util.Arrays.fill(information, 0);
      for (int i = 0; i < n; i++) {
        int a = agentOf[i];
        design(x[i], z);
        double fitted = inverseLink(family, Matrices.dot(theta, z) + alpha[a]);
        double weight = family == Family.BINARY ? fitted * (1 - fitted) : 1;
        double residual = y[i] - fitted;
        Matrices.accumulate(hessian, gradient, z, residual / Math.max(weight, 1e-12), weight);
        double[] agentCross = cross[a];
        for (int k = 0; k < p; k++) {
          agentCross[k] += weight * z[k];
        }
        agentGradient[a] += residual;
        information[a] += weight;
      }
      for (int a = 0; a < agents; a++) {
        double diagonal = information[a] + prior;
        agentGradient[a] -= prior * alpha[a];
        double[] agentCross = cross[a];
        for (int k = 0; k < p; k++) {
          gradient[k] -= agentCross[k] * agentGradient[a] / diagonal;
          for (int j = 0; j <= k; j++) {
            hessian[k][j] -= agentCross[k] * agentCross[j] / diagonal;
          }
        }
      }
      Matrices.symmetrise(hessian);
      double[] step = Matrices.solve(hessian, gradient, 1e-9 * n);
      double change = 0;
      for (int k = 0; k < p; k++) {
        theta[k] += step[k];
        change = Math.max(change, Math.abs(step[k]));
      }
      for (int a = 0; a < agents; a++) {
        double update =
            (agentGradient[a] - Matrices.dot(cross[a], step)) / (information[a] + prior);
        alpha[a] += update;
        change = Math.max(change, Math.abs(update));
      }
      if (change < TOLERANCE) {
        break;
      }
    }

    double residualVariance = 0;
    if (family == Family.CONTINUOUS && n > 0) {
      for (int i = 0; i < n; i++) {
        design(x[i], z);
        double residual = y[i] - Matrices.dot(theta, z) - alpha[agentOf[i]];
        residualVariance += residual * residual;
      }
      residualVariance /= Math.max(1, n - p - agents);
    }
    int measures = agents == 0 ? 0 : agentLoads[0].length;
    double[] gamma =
        adjustForLoad
            ? loadEffects(alpha, information, agentLoads, agentSeniority, harm)
            : new double[measures];
    return new CaseMixModel(family, theta, gamma, residualVariance);
  }

  /** The expected outcome of a ticket with case mix {@code x} handled under {@code loads}. */
  double expected(double[] x, double[] loads) {
    double[] z = new double[coefficients.length];
    design(x, z);
    return inverseLink(family, Matrices.dot(coefficients, z) + Matrices.dot(loadEffects, loads));
  }

  /** The variance of one outcome around its expectation {@code expected}. */
  double variance(double expected) {
    return family == Family.BINARY ? expected * (1 - expected) : residualVariance;
  }

  /** How much a unit of each load measure moves the outcome on the model's scale. */
  double[] loadEffects() {
    return loadEffects.clone();
  }

  /**
   * Weighted least squares of the agent effects on [1, load measures, seniority]. A measure whose
   * effect comes out harmless (load that seems to help) is dropped and the rest fitted again, so
   * that load never earns an agent a lower expectation.
   */
  private static double[] loadEffects(
      double[] alpha, double[] information, double[][] loads, int[] seniority, int harm) {
    int measures = loads.length == 0 ? 0 : loads[0].length;
    boolean[] kept = new boolean[measures];
    java.util.Arrays.fill(kept, true);
    double[] gamma = new double[measures];
    for (int round = 0; round <= measures; round++) {
      int p = 2 + measures;
      double[][] normal = new double[p][p];
      double[] right = new double[p];
      double[] row = new double[p];
      int counted = 0;
      for (int a = 0; a < alpha.length; a++) {
        if (information[a] <= 0) {
          continue;
        }
        row[0] = 1;
        for (int k = 0; k < measures; k++) {
          row[1 + k] = kept[k] ? loads[a][k] : 0;
        }
        row[1 + measures] = seniority[a];
        Matrices.accumulate(normal, right, row, alpha[a], information[a]);
        counted++;
      }
      if (counted < p + 2) {
        return new double[measures];
      }
      Matrices.symmetrise(normal);
      double[] solution = Matrices.solve(normal, right, 1e-9);
      boolean dropped = false;
      for (int k = 0; k < measures; k++) {
        gamma[k] = kept[k] ? solution[1 + k] : 0;
        if (kept[k] && gamma[k] * harm <= 0) {
          kept[k] = false;
          dropped = true;
        }
      }
      if (!dropped) {
        return gamma;
      }
    }
    return new double[measures];
  }

  private static double priorPrecision(Family family, double mean) {
    if (family == Family.BINARY) {
      double p = Math.min(0.5, Math.max(1e-3, Math.min(mean, 1 - mean)));
      return AGENT_PRIOR_TICKETS * p * (1 - p);
    }
    return AGENT_PRIOR_TICKETS;
  }

  private static void design(double[] x, double[] z) {
    z[0] = 1;
    System.arraycopy(x, 0, z, 1, z.length - 1);
  }

  private static double inverseLink(Family family, double eta) {
    return family == Family.BINARY ? 1 / (1 + Math.exp(-eta)) : eta;
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }
}
