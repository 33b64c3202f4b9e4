package dev.heng.domain.scoring;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.Segment;
import dev.heng.domain.record.ServiceWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades customers: one difficulty coefficient each, 1.0 for the tenant's average customer, from
 * the {@link DifficultyDimension dimensions}.
 *
 * <p>Each dimension is standardised over the tenant's customers; {@code ln(raw difficulty) = sum of
 * weight x standardised value}, and the coefficient is the raw difficulty over its tenant mean.
 * With fitted weights this is the predicted handle effort over the mean predicted effort. Fitting
 * regresses each ticket's ln handle seconds, less its channel's mean, on its customer's
 * standardised dimensions after subtracting each agent's own means (agent fixed effects), with a
 * small ridge penalty. The history dimensions the ticket's own handling counts in (handle effort
 * and the escalation, reopen, complaint, low-rating, unresolved, urgent and phone-and-chat shares)
 * leave the ticket itself out, so no ticket predicts itself.
 *
 * <p>History dimensions built from outcomes (handle effort, escalation, reopening, complaints, low
 * ratings, no resolution) count each ticket relative to the effect of the agent who handled it.
 * Customers are kept by one agent, so without this a skilled agent's customers would look easy and
 * the agent's skill would be adjusted away as their customers' ease. An agent's average is partly
 * its customers' doing, though: an agent keeping hard customers has more escalations whatever its
 * skill. So grading runs twice: the first time an agent's effect is its whole excess over the
 * tenant's average; the second time the part of that excess its pool's difficulty (as the first
 * grading found it) explains stays in the customers' histories, and only the rest comes off.
 */
public final class CustomerGrader {

  private static final DifficultyDimension[] DIMENSIONS = DifficultyDimension.values();
  private static final int DIMENSION_COUNT = DIMENSIONS.length;

  /** Ridge penalty per fitted ticket on standardised dimensions: a 1% pull towards zero. */
  private static final double RIDGE_PER_TICKET = 0.01;

  /**
   * Grades the customers on their records and their tickets created in {@code [from, to)}.
   *
   * @param customers the tenant's customers
   * @param tickets the tenant's tickets; those outside the window or of unknown customers are
   *     ignored
   * @param settings how to grade
   * @param from the start of the grading window
   * @param to the end of the grading window, also the day account ages are measured at
   * @return the grading; every customer of {@code customers} has a coefficient
   */
  public DifficultyGrading grade(
      List<Customer> customers,
      List<TicketFacts> tickets,
      DifficultySettings settings,
      Instant from,
      Instant to) {
    return grade(customers, tickets, Map.of(), settings, from, to);
  }

  /**
   * Grades the customers on their records, their tickets created in {@code [from, to)} and how
   * those tickets opened.
   *
   * @param customers the tenant's customers
   * @param tickets the tenant's tickets; those outside the window or of unknown customers are
   *     ignored
   * @param emotion customer id to how the customer's tickets of the window opened; a customer it
   *     does not name has no negative-emotion share (missing, not zero)
   * @param settings how to grade
   * @param from the start of the grading window
   * @param to the end of the grading window, also the day account ages are measured at
   * @return the grading; every customer of {@code customers} has a coefficient
   */
  public DifficultyGrading grade(
      List<Customer> customers,
      List<TicketFacts> tickets,
      Map<String, CustomerEmotion> emotion,
      DifficultySettings settings,
      Instant from,
      Instant to) {
    Window window = new Window(customers, tickets, from, to);
    ChannelEffort channels = new ChannelEffort(window);
    Pass first =
        grade(customers, window, new AgentBaselines(window, channels, null), emotion, settings, to);
    // The second grading, with baselines that keep what the first one's pool difficulty explains.
    // Further passes were tried and changed the figures little.
    double[] lnDifficulty = new double[customers.size()];
    for (int i = 0; i < customers.size(); i++) {
      lnDifficulty[i] = Math.log(first.coefficient(i));
    }
    return grade(
            customers,
            window,
            new AgentBaselines(window, channels, lnDifficulty),
            emotion,
            settings,
            to)
        .grading(customers);
  }

  /** One grading of the window's customers with the given agent baselines. */
  private static Pass grade(
      List<Customer> customers,
      Window window,
      AgentBaselines baselines,
      Map<String, CustomerEmotion> emotion,
      DifficultySettings settings,
      Instant to) {
    Histories histories = new Histories(customers.size());
    for (int t = 0; t < window.size; t++) {
      histories.add(window, t, baselines.offsets(window.agent[t]), baselines.effort(t));
    }

    double[][] values =
        values(
            customers,
            histories,
            window.categories,
            emotion,
            settings.shrinkageTickets(),
            window.observedFrom,
            to);
    Standardiser standardiser = new Standardiser(values);
    Map<DifficultyDimension, Double> weights;
    DifficultyGrading.Source source;
    int fitTickets = 0;
    if (settings.source() == DifficultySettings.WeightSource.CONFIGURED) {
      weights = settings.fallbackWeights();
      source = DifficultyGrading.Source.CONFIGURED;
    } else {
      Fit fit =
          fit(window, values, standardiser, histories, baselines, settings.shrinkageTickets());
      if (fit == null) {
        weights = settings.fallbackWeights();
        source =
            settings.weights().isEmpty()
                ? DifficultyGrading.Source.DEFAULT
                : DifficultyGrading.Source.CONFIGURED;
      } else {
        weights = fit.weights();
        source = DifficultyGrading.Source.FITTED;
        fitTickets = fit.tickets();
      }
    }
    return new Pass(source, weights, fitTickets, histories, values, standardiser);
  }

  /**
   * What one grading found, before its coefficients are turned into a {@link DifficultyGrading}.
   */
  private static final class Pass {
    private final DifficultyGrading.Source source;
    private final Map<DifficultyDimension, Double> weights;
    private final int fitTickets;
    private final Histories histories;
    private final double[][] values;
    private final Standardiser standardiser;
    private final double[] raw;
    private final double normaliser;

    Pass(
        DifficultyGrading.Source source,
        Map<DifficultyDimension, Double> weights,
        int fitTickets,
        Histories histories,
        double[][] values,
        Standardiser standardiser) {
      this.source = source;
      this.weights = weights;
      this.fitTickets = fitTickets;
      this.histories = histories;
      this.values = values;
      this.standardiser = standardiser;
      double[] weight = new double[DIMENSION_COUNT];
      for (DifficultyDimension dimension : DIMENSIONS) {
        weight[dimension.ordinal()] = weights.get(dimension);
      }
      raw = new double[values.length];
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        double log = 0;
        for (int d = 0; d < DIMENSION_COUNT; d++) {
          log += weight[d] * standardiser.z(d, values[i]);
        }
        raw[i] = Math.exp(log);
        sum += raw[i];
      }
      normaliser = values.length == 0 ? 1 : sum / values.length;
    }

    /** The coefficient of the customer at index {@code i}. */
    double coefficient(int i) {
      return raw[i] / normaliser;
    }

    /** The grading, every customer with its contributions. */
    DifficultyGrading grading(List<Customer> customers) {
      Map<String, CustomerDifficulty> graded = new HashMap<>(customers.size() * 2);
      for (int i = 0; i < customers.size(); i++) {
        List<DimensionContribution> contributions = new ArrayList<>(DIMENSION_COUNT);
        for (DifficultyDimension dimension : DIMENSIONS) {
          double value = values[i][dimension.ordinal()];
          contributions.add(
              DimensionContribution.of(
                  dimension,
                  Double.isNaN(value) ? null : value,
                  standardiser.scale(dimension),
                  weights.get(dimension)));
        }
        Customer customer = customers.get(i);
        graded.put(
            customer.externalId(),
            new CustomerDifficulty(
                customer.externalId(),
                customer.agentId(),
                coefficient(i),
                histories.count[i],
                normaliser,
                contributions));
      }
      return new DifficultyGrading(source, weights, standardiser.scales(), fitTickets, graded);
    }
  }

  /** Dimension values per customer (rows) and dimension (columns); NaN where missing. */
  private static double[][] values(
      List<Customer> customers,
      Histories h,
      int[] categories,
      Map<String, CustomerEmotion> emotion,
      double shrinkage,
      Instant from,
      Instant to) {
    Rates tenant = h.tenantRates();
    double negativeRate = negativeOpeningRate(customers, emotion);
    double windowDays = Math.max(1, Duration.between(from, to).toSeconds() / 86_400.0);
    double[][] values = new double[customers.size()][DIMENSION_COUNT];
    for (int i = 0; i < customers.size(); i++) {
      Customer customer = customers.get(i);
      double[] row = values[i];
      row[DifficultyDimension.SEGMENT.ordinal()] = customer.segment() == Segment.ENTERPRISE ? 1 : 0;
      row[DifficultyDimension.VALUE_TIER.ordinal()] = 3 - customer.valueTier().ordinal();
      row[DifficultyDimension.SERVICE_WINDOW.ordinal()] =
          customer.serviceWindow() == ServiceWindow.ALWAYS ? 1 : 0;
      row[DifficultyDimension.PRODUCT_COMPLEXITY.ordinal()] = customer.productComplexity();
      row[DifficultyDimension.CONTRACT_VALUE.ordinal()] = logOrMissing(customer.contractValue());
      row[DifficultyDimension.LIFETIME_VALUE.ordinal()] = logOrMissing(customer.lifetimeValue());
      double exposureDays = windowDays;
      if (customer.customerSince() == null) {
        row[DifficultyDimension.ACCOUNT_AGE.ordinal()] = Double.NaN;
      } else {
        long days =
            ChronoUnit.DAYS.between(
                customer.customerSince(), to.atOffset(ZoneOffset.UTC).toLocalDate());
        row[DifficultyDimension.ACCOUNT_AGE.ordinal()] = Math.log1p(Math.max(0, days));
        exposureDays = Math.max(1, Math.min(windowDays, days));
      }
      int n = h.count[i];
      row[DifficultyDimension.TICKET_FREQUENCY.ordinal()] = Math.log1p(30.0 * n / exposureDays);
      row[DifficultyDimension.HANDLE_EFFORT.ordinal()] =
          shrunk(h.effortSum[i], h.effortCount[i], tenant.effort(), shrinkage);
      row[DifficultyDimension.ESCALATION_RATE.ordinal()] =
          shrunk(h.escalated[i], n, tenant.escalated(), shrinkage);
      row[DifficultyDimension.REOPEN_RATE.ordinal()] =
          shrunk(h.reopened[i], n, tenant.reopened(), shrinkage);
      row[DifficultyDimension.COMPLAINT_RATE.ordinal()] =
          shrunk(h.complaints[i], n, tenant.complaints(), shrinkage);
      row[DifficultyDimension.LOW_RATING_SHARE.ordinal()] =
          shrunk(h.lowRated[i], h.rated[i], tenant.lowRated(), shrinkage);
      row[DifficultyDimension.UNRESOLVED_SHARE.ordinal()] =
          shrunk(h.unresolved[i], n, tenant.unresolved(), shrinkage);
      row[DifficultyDimension.URGENT_SHARE.ordinal()] =
          shrunk(h.urgent[i], n, tenant.urgent(), shrinkage);
      row[DifficultyDimension.SYNCHRONOUS_SHARE.ordinal()] =
          shrunk(h.synchronous[i], n, tenant.synchronous(), shrinkage);
      row[DifficultyDimension.CATEGORY_BREADTH.ordinal()] = n == 0 ? Double.NaN : categories[i];
      CustomerEmotion openings = emotion.get(customer.externalId());
      row[DifficultyDimension.NEGATIVE_EMOTION_SHARE.ordinal()] =
          openings == null
              ? Double.NaN
              : shrunk(
                  openings.negativeOpenings(), openings.scoredOpenings(), negativeRate, shrinkage);
    }
    return values;
  }

  /** The share of scored openings that read negative over the given customers; NaN when none. */
  private static double negativeOpeningRate(
      List<Customer> customers, Map<String, CustomerEmotion> emotion) {
    long scored = 0;
    long negative = 0;
    for (Customer customer : customers) {
      CustomerEmotion openings = emotion.get(customer.externalId());
      if (openings != null) {
        scored += openings.scoredOpenings();
        negative += openings.negativeOpenings();
      }
    }
    return scored == 0 ? Double.NaN : (double) negative / scored;
  }

  /** The customer's rate pulled towards the tenant's by {@code shrinkage} pseudo-observations. */
  private static double shrunk(double sum, int count, double tenantRate, double shrinkage) {
    if (count == 0 || Double.isNaN(tenantRate)) {
      return Double.NaN;
    }
    return (sum + shrinkage * tenantRate) / (count + shrinkage);
  }

  private static double logOrMissing(Double value) {
    return value == null ? Double.NaN : Math.log1p(value);
  }

  private static Fit fit(
      Window window,
      double[][] values,
      Standardiser standardiser,
      Histories histories,
      AgentBaselines baselines,
      double shrinkage) {
    int usable = 0;
    for (int t = 0; t < window.size; t++) {
      if (window.fits(t)) {
        usable++;
      }
    }
    if (usable < DifficultySettings.MIN_FIT_TICKETS) {
      return null;
    }

    // Agent fixed effects: regress deviations from each agent's own means. One pass gathers the
    // raw cross products and each agent's sums; the agents' means come off afterwards, since
    // sum((x - mean)(x - mean)') = sum(x x') - n mean mean'.
    double[][] standardised = new double[values.length][DIMENSION_COUNT];
    for (int c = 0; c < values.length; c++) {
      for (int d = 0; d < DIMENSION_COUNT; d++) {
        standardised[c][d] = standardiser.z(d, values[c]);
      }
    }
    int effort = DifficultyDimension.HANDLE_EFFORT.ordinal();
    Rates tenant = histories.tenantRates();
    double[][] agentSums = new double[window.agents][];
    double[][] xtx = new double[DIMENSION_COUNT][DIMENSION_COUNT];
    double[] xty = new double[DIMENSION_COUNT];
    double[] x = new double[DIMENSION_COUNT];
    for (int t = 0; t < window.size; t++) {
      if (!window.fits(t)) {
        continue;
      }
      int customer = window.customer[t];
      double[] offsets = baselines.offsets(window.agent[t]);
      double target = baselines.effort(t);
      System.arraycopy(standardised[customer], 0, x, 0, DIMENSION_COUNT);
      double leftOut =
          shrunk(
              histories.effortSum[customer] - target - offsets[AgentBaselines.EFFORT],
              histories.effortCount[customer] - 1,
              tenant.effort(),
              shrinkage);
      x[effort] = standardiser.z(effort, leftOut);
      leaveOut(x, customer, window, t, offsets, histories, tenant, standardiser, shrinkage);
      Matrices.accumulate(xtx, xty, x, target, 1);
      double[] sums = agentSums[window.agent[t]];
      if (sums == null) {
        sums = new double[DIMENSION_COUNT + 2];
        agentSums[window.agent[t]] = sums;
      }
      for (int d = 0; d < DIMENSION_COUNT; d++) {
        sums[d] += x[d];
      }
      sums[DIMENSION_COUNT] += target;
      sums[DIMENSION_COUNT + 1]++;
    }
    double[] means = new double[DIMENSION_COUNT];
    for (double[] sums : agentSums) {
      if (sums == null) {
        continue;
      }
      double n = sums[DIMENSION_COUNT + 1];
      for (int d = 0; d < DIMENSION_COUNT; d++) {
        means[d] = sums[d] / n;
      }
      Matrices.accumulate(xtx, xty, means, sums[DIMENSION_COUNT] / n, -n);
    }
    Matrices.symmetrise(xtx);
    double[] beta = Matrices.solve(xtx, xty, RIDGE_PER_TICKET * usable);

    Map<DifficultyDimension, Double> weights = new EnumMap<>(DifficultyDimension.class);
    for (DifficultyDimension dimension : DIMENSIONS) {
      weights.put(dimension, beta[dimension.ordinal()]);
    }
    return new Fit(weights, usable);
  }

  // Known gap: the negative-emotion share still counts the fitted ticket's own opening, since the
  // openings arrive as counts per customer; an angry opening that goes with a long ticket teaches
  // the fit a little of the same false lesson.
  /**
   * Replaces, in a fitting row, the customer's rates that the ticket itself counts in (escalation,
   * reopening, complaints, low ratings, no resolution, urgency, channel) by the rates of its other
   * tickets, as for handle effort: a ticket that went wrong took longer and also raised its
   * customer's complaint rate, and would otherwise teach the fit that complaint rates predict
   * effort when the link is the ticket's own trouble.
   */
  private static void leaveOut(
      double[] x,
      int customer,
      Window window,
      int t,
      double[] offsets,
      Histories h,
      Rates tenant,
      Standardiser standardiser,
      double shrinkage) {
    Without without = new Without(x, standardiser, shrinkage, h.count[customer] - 1);
    without.rate(
        DifficultyDimension.ESCALATION_RATE,
        h.escalated[customer],
        window.bit(t, Window.ESCALATED) + offsets[AgentBaselines.ESCALATED],
        tenant.escalated());
    without.rate(
        DifficultyDimension.REOPEN_RATE,
        h.reopened[customer],
        window.bit(t, Window.REOPENED) + offsets[AgentBaselines.REOPENED],
        tenant.reopened());
    without.rate(
        DifficultyDimension.COMPLAINT_RATE,
        h.complaints[customer],
        window.bit(t, Window.COMPLAINT) + offsets[AgentBaselines.COMPLAINT],
        tenant.complaints());
    without.rate(
        DifficultyDimension.UNRESOLVED_SHARE,
        h.unresolved[customer],
        window.bit(t, Window.UNRESOLVED) + offsets[AgentBaselines.UNRESOLVED],
        tenant.unresolved());
    without.rate(
        DifficultyDimension.URGENT_SHARE,
        h.urgent[customer],
        window.bit(t, Window.URGENT),
        tenant.urgent());
    without.rate(
        DifficultyDimension.SYNCHRONOUS_SHARE,
        h.synchronous[customer],
        window.bit(t, Window.SYNCHRONOUS),
        tenant.synchronous());
    if (window.rated(t)) {
      new Without(x, standardiser, shrinkage, h.rated[customer] - 1)
          .rate(
              DifficultyDimension.LOW_RATING_SHARE,
              h.lowRated[customer],
              window.bit(t, Window.LOW_RATED) + offsets[AgentBaselines.LOW_RATED],
              tenant.lowRated());
    }
  }

  /** Writes a customer's rates without one ticket into a fitting row. */
  private record Without(double[] x, Standardiser standardiser, double shrinkage, int others) {

    /**
     * The rate of {@code dimension} from a customer's {@code sum} less the ticket's {@code own}.
     */
    void rate(DifficultyDimension dimension, double sum, double own, double tenantRate) {
      x[dimension.ordinal()] =
          standardiser.z(dimension.ordinal(), shrunk(sum - own, others, tenantRate, shrinkage));
    }
  }

  private record Fit(Map<DifficultyDimension, Double> weights, int tickets) {}

  /** Means and standard deviations of each dimension over the customers that have it. */
  private static final class Standardiser {
    private final DimensionScale[] scales = new DimensionScale[DIMENSION_COUNT];

    Standardiser(double[][] values) {
      for (int d = 0; d < DIMENSION_COUNT; d++) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (double[] row : values) {
          if (!Double.isNaN(row[d])) {
            sum += row[d];
            squares += row[d] * row[d];
            n++;
          }
        }
        double mean = n == 0 ? 0 : sum / n;
        double variance = n < 2 ? 0 : (squares - n * mean * mean) / (n - 1);
        scales[d] = new DimensionScale(mean, Math.sqrt(Math.max(0, variance)));
      }
    }

    /** The standardised value of dimension {@code d} of a row; 0 when missing or without spread. */
    double z(int d, double[] row) {
      return scales[d].z(row[d]);
    }

    /** The standardised value of dimension {@code d}; 0 when missing or without spread. */
    double z(int d, double value) {
      return scales[d].z(value);
    }

    DimensionScale scale(DifficultyDimension dimension) {
      return scales[dimension.ordinal()];
    }

    Map<DifficultyDimension, DimensionScale> scales() {
      Map<DifficultyDimension, DimensionScale> byDimension =
          new EnumMap<>(DifficultyDimension.class);
      for (DifficultyDimension dimension : DIMENSIONS) {
        byDimension.put(dimension, scale(dimension));
      }
      return byDimension;
    }
  }

  /** Per-customer sums over the tickets in the grading window. */
  private static final class Histories {
    final int[] count;
    final double[] effortSum;
    final int[] effortCount;
    final double[] escalated;
    final double[] reopened;
    final double[] complaints;
    final int[] rated;
    final double[] lowRated;
    final double[] unresolved;
    final int[] urgent;
    final int[] synchronous;

    Histories(int customers) {
      count = new int[customers];
      effortSum = new double[customers];
      effortCount = new int[customers];
      escalated = new double[customers];
      reopened = new double[customers];
      complaints = new double[customers];
      rated = new int[customers];
      lowRated = new double[customers];
      unresolved = new double[customers];
      urgent = new int[customers];
      synchronous = new int[customers];
    }

    /**
     * Adds a ticket. Its outcomes (handle effort, escalation, reopening, complaint, low rating, no
     * resolution) count relative to its agent's own effect, so that a skilled agent's customers do
     * not look easy merely because that agent serves them well.
     *
     * @param t the ticket's index in the window
     * @param offsets minus the agent's effect on each outcome, from {@link AgentBaselines#offsets}
     * @param effort the ticket's ln handle seconds against its channel's, NaN without a handle time
     */
    void add(Window window, int t, double[] offsets, double effort) {
      int i = window.customer[t];
      count[i]++;
      if (!Double.isNaN(effort)) {
        effortSum[i] += effort + offsets[AgentBaselines.EFFORT];
        effortCount[i]++;
      }
      escalated[i] += window.bit(t, Window.ESCALATED) + offsets[AgentBaselines.ESCALATED];
      reopened[i] += window.bit(t, Window.REOPENED) + offsets[AgentBaselines.REOPENED];
      complaints[i] += window.bit(t, Window.COMPLAINT) + offsets[AgentBaselines.COMPLAINT];
      if (window.rated(t)) {
        rated[i]++;
        lowRated[i] += window.bit(t, Window.LOW_RATED) + offsets[AgentBaselines.LOW_RATED];
      }
      unresolved[i] += window.bit(t, Window.UNRESOLVED) + offsets[AgentBaselines.UNRESOLVED];
      urgent[i] += window.bit(t, Window.URGENT);
      synchronous[i] += window.bit(t, Window.SYNCHRONOUS);
    }

    Rates tenantRates() {
      return new Rates(
          ratio(sum(effortSum), sum(effortCount)),
          ratio(sum(escalated), sum(count)),
          ratio(sum(reopened), sum(count)),
          ratio(sum(complaints), sum(count)),
          ratio(sum(lowRated), sum(rated)),
          ratio(sum(unresolved), sum(count)),
          ratio(sum(urgent), sum(count)),
          ratio(sum(synchronous), sum(count)));
    }

    private static double ratio(double sum, double count) {
      return count == 0 ? Double.NaN : sum / count;
    }

    private static double sum(int[] values) {
      long total = 0;
      for (int value : values) {
        total += value;
      }
      return total;
    }

    private static double sum(double[] values) {
      double total = 0;
      for (double value : values) {
        total += value;
      }
      return total;
    }
  }

  /**
   * Each agent's own effect on each outcome over the grading window: how far its average lies from
   * what the tenant's average agent would show with its tickets, shrunk towards none by {@link
   * #PRIOR_TICKETS} pseudo-tickets.
   */
  private static final class AgentBaselines {
    static final int EFFORT = 0;
    static final int ESCALATED = 1;
    static final int REOPENED = 2;
    static final int COMPLAINT = 3;
    static final int LOW_RATED = 4;
    static final int UNRESOLVED = 5;
    private static final int OUTCOMES = 6;
    private static final double PRIOR_TICKETS = 10;
    private static final double[] NO_OFFSETS = new double[OUTCOMES];

    private final ChannelEffort channels;

    /** Per agent index, minus the agent's own effect on each outcome. */
    private final double[][] offsets;

    /**
     * @param window the grading window's tickets
     * @param channels the channels' handle efforts, against which a ticket's effort counts
     * @param lnDifficulty ln(difficulty) of an earlier grading by customer index, or null: without
     *     it an agent's effect is its whole excess over the tenant's mean; with it, the part its
     *     customers' difficulty explains (the within-agent slope of the outcome on ln difficulty,
     *     times how far the agent's tickets lie from the tenant's mean ln difficulty) is not the
     *     agent's and stays in the customers' histories
     */
    AgentBaselines(Window window, ChannelEffort channels, double[] lnDifficulty) {
      this.channels = channels;
      // Per agent and outcome: count, sum of outcome, and with a difficulty the sums of x, x y
      // and x x, x being ln difficulty. The tenant's: count, sum of outcome, sum of x.
      double[][] sums = new double[window.agents][5 * OUTCOMES];
      double[] tenant = new double[3 * OUTCOMES];
      double[] outcomes = new double[OUTCOMES];
      for (int t = 0; t < window.size; t++) {
        outcomes(window, t, outcomes);
        double x = lnDifficulty == null ? 0 : lnDifficulty[window.customer[t]];
        double[] agent = window.agent[t] < 0 ? null : sums[window.agent[t]];
        for (int k = 0; k < OUTCOMES; k++) {
          if (!Double.isNaN(outcomes[k])) {
            tenant[k]++;
            tenant[OUTCOMES + k] += outcomes[k];
            tenant[2 * OUTCOMES + k] += x;
            if (agent != null) {
              agent[k]++;
              agent[OUTCOMES + k] += outcomes[k];
              agent[2 * OUTCOMES + k] += x;
              agent[3 * OUTCOMES + k] += x * outcomes[k];
              agent[4 * OUTCOMES + k] += x * x;
            }
          }
        }
      }
      // Known gap: the earlier grading's difficulty reads the customers' outcome rates too, so the
      // slope of an outcome on it partly measures that outcome against itself; with fitted weights
      // those rates weigh little, with configured weights on them the pool's share comes out too
      // large.
      double[] slope = new double[OUTCOMES];
      if (lnDifficulty != null) {
        for (int k = 0; k < OUTCOMES; k++) {
          double xy = 0;
          double xx = 0;
          for (double[] agent : sums) {
            double n = agent[k];
            if (n > 0) {
              xy += agent[3 * OUTCOMES + k] - agent[2 * OUTCOMES + k] * agent[OUTCOMES + k] / n;
              xx += agent[4 * OUTCOMES + k] - agent[2 * OUTCOMES + k] * agent[2 * OUTCOMES + k] / n;
            }
          }
          slope[k] = xx > 1e-12 ? xy / xx : 0;
        }
      }
      offsets = new double[window.agents][];
      for (int a = 0; a < window.agents; a++) {
        double[] agent = sums[a];
        double[] agentOffsets = new double[OUTCOMES];
        for (int k = 0; k < OUTCOMES; k++) {
          double tenantCount = tenant[k];
          double n = agent[k];
          if (tenantCount > 0) {
            double tenantMean = tenant[OUTCOMES + k] / tenantCount;
            double poolShift =
                n == 0
                    ? 0
                    : slope[k]
                        * (agent[2 * OUTCOMES + k] / n - tenant[2 * OUTCOMES + k] / tenantCount);
            // The agent's own effect: its excess over the tenant's mean beyond what its pool
            // explains, shrunk by the prior's pseudo-tickets.
            double own = (agent[OUTCOMES + k] - n * (tenantMean + poolShift)) / (n + PRIOR_TICKETS);
            agentOffsets[k] = -own;
          }
        }
        offsets[a] = agentOffsets;
      }
    }

    /**
     * Minus the agent's own effect on each outcome, by the agent's index in the window; zeros for
     * -1, a ticket without an agent.
     */
    double[] offsets(int agent) {
      return agent < 0 ? NO_OFFSETS : offsets[agent];
    }

    /**
     * The handle effort of the window's ticket {@code t} against its channel's; NaN without a
     * handle time.
     */
    double effort(int t) {
      return channels.effort(t);
    }

    /**
     * Writes the outcomes of the window's ticket {@code t}, NaN where it has none, into {@code
     * into}.
     */
    private void outcomes(Window window, int t, double[] into) {
      into[EFFORT] = effort(t);
      into[ESCALATED] = window.bit(t, Window.ESCALATED);
      into[REOPENED] = window.bit(t, Window.REOPENED);
      into[COMPLAINT] = window.bit(t, Window.COMPLAINT);
      into[LOW_RATED] = window.rated(t) ? window.bit(t, Window.LOW_RATED) : Double.NaN;
      into[UNRESOLVED] = window.bit(t, Window.UNRESOLVED);
    }
  }

  /**
   * The tickets of the grading window, with each one's customer (its index in the customer list)
   * and agent (an index of the window's own, -1 for none), looked up once for every pass, and what
   * the passes read of each ticket as flags. They are held in customer order (each customer's in
   * the order given), so that the passes walk the per-customer arrays in order, and read small
   * arrays instead of visiting a million ticket objects.
   */
  private static final class Window {
    static final int ESCALATED = 1;
    static final int REOPENED = 1 << 1;
    static final int COMPLAINT = 1 << 2;
    static final int UNRESOLVED = 1 << 3;
    static final int URGENT = 1 << 4;
    static final int SYNCHRONOUS = 1 << 5;
    static final int RATED = 1 << 6;
    static final int LOW_RATED = 1 << 7;
    private static final int TIMED = 1 << 8;

    final int size;
    final int[] customer;
    final int[] agent;
    final int agents;

    /** Per ticket, ln(handle seconds), NaN without a handle time. */
    final double[] lnHandle;

    /** Per ticket, its channel's ordinal. */
    final byte[] channel;

    /** Per customer index, how many problem categories its window tickets raised. */
    final int[] categories;

    /**
     * The first ticket's time, or the window's end without tickets. Ticket rates are counted over
     * the part of the window the tenant's history covers: a tenant that sent its first tickets a
     * month ago has a month of history, not the whole window.
     */
    final Instant observedFrom;

    private final short[] flags;

    Window(List<Customer> customers, List<TicketFacts> all, Instant from, Instant to) {
      Map<String, Integer> customerIndex = new HashMap<>(customers.size() * 2);
      for (int i = 0; i < customers.size(); i++) {
        customerIndex.put(customers.get(i).externalId(), i);
      }
      Map<String, Integer> agentIndex = new HashMap<>();
      List<TicketFacts> kept = new ArrayList<>();
      int[] customerOf = new int[all.size()];
      int[] agentOf = new int[all.size()];
      int[] perCustomer = new int[customers.size() + 1];
      Instant first = to;
      for (TicketFacts ticket : all) {
        Integer c = customerIndex.get(ticket.customerId());
        if (c != null && !ticket.createdAt().isBefore(from) && ticket.createdAt().isBefore(to)) {
          customerOf[kept.size()] = c;
          agentOf[kept.size()] =
              ticket.assigneeId() == null
                  ? -1
                  : agentIndex.computeIfAbsent(ticket.assigneeId(), id -> agentIndex.size());
          kept.add(ticket);
          perCustomer[c + 1]++;
          if (ticket.createdAt().isBefore(first)) {
            first = ticket.createdAt();
          }
        }
      }
      // A counting sort by customer, stable within each customer.
      for (int c = 0; c < customers.size(); c++) {
        perCustomer[c + 1] += perCustomer[c];
      }
      size = kept.size();
      customer = new int[size];
      agent = new int[size];
      lnHandle = new double[size];
      channel = new byte[size];
      flags = new short[size];
      categories = new int[customers.size()];
      TicketFacts[] sorted = new TicketFacts[size];
      for (int t = 0; t < size; t++) {
        int at = perCustomer[customerOf[t]]++;
        sorted[at] = kept.get(t);
        customer[at] = customerOf[t];
        agent[at] = agentOf[t];
      }
      Set<String> raised = new HashSet<>();
      for (int t = 0; t < size; t++) {
        TicketFacts ticket = sorted[t];
        Integer handle = ticket.handleSeconds();
        boolean timed = handle != null && handle > 0;
        lnHandle[t] = timed ? Math.log(handle) : Double.NaN;
        channel[t] = (byte) ticket.channel().ordinal();
        flags[t] = flags(ticket, timed);
        if (t == 0 || customer[t] != customer[t - 1]) {
          raised.clear();
        }
        if (raised.add(ticket.category())) {
          categories[customer[t]]++;
        }
      }
      agents = agentIndex.size();
      observedFrom = first;
    }

    private static short flags(TicketFacts ticket, boolean timed) {
      int flags = 0;
      flags |= ticket.escalated() ? ESCALATED : 0;
      flags |= ticket.reopenCount() > 0 ? REOPENED : 0;
      flags |= ticket.complaint() ? COMPLAINT : 0;
      flags |= ticket.resolved() ? 0 : UNRESOLVED;
      flags |= ticket.priority() == Priority.URGENT ? URGENT : 0;
      flags |=
          ticket.channel() == Channel.PHONE || ticket.channel() == Channel.CHAT ? SYNCHRONOUS : 0;
      if (ticket.satisfaction() != null) {
        flags |= RATED | (ticket.satisfaction() <= 2 ? LOW_RATED : 0);
      }
      flags |= timed ? TIMED : 0;
      return (short) flags;
    }

    /** 1 when ticket {@code t} has the flag, else 0. */
    int bit(int t, int flag) {
      return (flags[t] & flag) == 0 ? 0 : 1;
    }

    /** Whether ticket {@code t} was rated. */
    boolean rated(int t) {
      return (flags[t] & RATED) != 0;
    }

    /** Whether ticket {@code t} takes part in fitting: it has a handle time and an agent. */
    boolean fits(int t) {
      return (flags[t] & TIMED) != 0 && agent[t] >= 0;
    }
  }

  /**
   * How much longer a ticket of each channel is handled than the tenant's average ticket, on the
   * log scale. A phone call takes longer than a social-media reply whoever the customer is; a
   * customer's effort is measured against its channels', so that a customer who prefers the phone
   * is not graded harder for that alone (the case-mix model judges the channel on its own).
   */
  private static final class ChannelEffort {
    /**
     * Per window ticket, ln(handle seconds) less its channel's offset; NaN without a handle time.
     */
    private final double[] effort;

    ChannelEffort(Window window) {
      int channels = Channel.values().length;
      double[] sums = new double[channels];
      int[] counts = new int[channels];
      double total = 0;
      int count = 0;
      for (int t = 0; t < window.size; t++) {
        double log = window.lnHandle[t];
        if (!Double.isNaN(log)) {
          sums[window.channel[t]] += log;
          counts[window.channel[t]]++;
          total += log;
          count++;
        }
      }
      double[] offset = new double[channels];
      for (int c = 0; c < channels; c++) {
        offset[c] = counts[c] == 0 ? 0 : sums[c] / counts[c] - total / count;
      }
      effort = new double[window.size];
      for (int t = 0; t < window.size; t++) {
        effort[t] = window.lnHandle[t] - offset[window.channel[t]];
      }
    }

    /**
     * The effort of the window's ticket {@code t}: ln(handle seconds) less its channel's offset.
     */
    double effort(int t) {
      return effort[t];
    }
  }

  private record Rates(
      double effort,
      double escalated,
      double reopened,
      double complaints,
      double lowRated,
      double unresolved,
      double urgent,
      double synchronous) {}
}
