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
import java.util.Arrays;
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
    ChannelEffort channels = new ChannelEffort(window.tickets);
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
    for (int t = 0; t < window.tickets.size(); t++) {
      TicketFacts ticket = window.tickets.get(t);
      histories.add(
          window.customer[t], ticket, baselines.offsets(window.agent[t]), baselines.effort(ticket));
    }

    double[][] values =
        values(customers, histories, emotion, settings.shrinkageTickets(), window.observedFrom, to);
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
      row[DifficultyDimension.CATEGORY_BREADTH.ordinal()] =
          n == 0 ? Double.NaN : h.categories.get(i).size();
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
    for (int t = 0; t < window.tickets.size(); t++) {
      if (fits(window, t)) {
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
    for (int t = 0; t < window.tickets.size(); t++) {
      if (!fits(window, t)) {
        continue;
      }
      TicketFacts ticket = window.tickets.get(t);
      int customer = window.customer[t];
      double[] offsets = baselines.offsets(window.agent[t]);
      double target = baselines.effort(ticket);
      System.arraycopy(standardised[customer], 0, x, 0, DIMENSION_COUNT);
      double leftOut =
          shrunk(
              histories.effortSum[customer] - target - offsets[AgentBaselines.EFFORT],
              histories.effortCount[customer] - 1,
              tenant.effort(),
              shrinkage);
      x[effort] = standardiser.z(effort, leftOut);
      leaveOut(x, customer, ticket, offsets, histories, tenant, standardiser, shrinkage);
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

  /** Whether a window ticket takes part in fitting: it has a handle time and an agent. */
  private static boolean fits(Window window, int t) {
    TicketFacts ticket = window.tickets.get(t);
    return ticket.handleSeconds() != null && ticket.handleSeconds() > 0 && window.agent[t] >= 0;
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
      TicketFacts ticket,
      double[] offsets,
      Histories h,
      Rates tenant,
      Standardiser standardiser,
      double shrinkage) {
    Without without = new Without(x, standardiser, shrinkage, h.count[customer] - 1);
    without.rate(
        DifficultyDimension.ESCALATION_RATE,
        h.escalated[customer],
        (ticket.escalated() ? 1 : 0) + offsets[AgentBaselines.ESCALATED],
        tenant.escalated());
    without.rate(
        DifficultyDimension.REOPEN_RATE,
        h.reopened[customer],
        (ticket.reopenCount() > 0 ? 1 : 0) + offsets[AgentBaselines.REOPENED],
        tenant.reopened());
    without.rate(
        DifficultyDimension.COMPLAINT_RATE,
        h.complaints[customer],
        (ticket.complaint() ? 1 : 0) + offsets[AgentBaselines.COMPLAINT],
        tenant.complaints());
    without.rate(
        DifficultyDimension.UNRESOLVED_SHARE,
        h.unresolved[customer],
        (ticket.resolved() ? 0 : 1) + offsets[AgentBaselines.UNRESOLVED],
        tenant.unresolved());
    without.rate(
        DifficultyDimension.URGENT_SHARE,
        h.urgent[customer],
        ticket.priority() == Priority.URGENT ? 1 : 0,
        tenant.urgent());
    without.rate(
        DifficultyDimension.SYNCHRONOUS_SHARE,
        h.synchronous[customer],
        synchronous(ticket) ? 1 : 0,
        tenant.synchronous());
    if (ticket.satisfaction() != null) {
      new Without(x, standardiser, shrinkage, h.rated[customer] - 1)
          .rate(
              DifficultyDimension.LOW_RATING_SHARE,
              h.lowRated[customer],
              (ticket.satisfaction() <= 2 ? 1 : 0) + offsets[AgentBaselines.LOW_RATED],
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

  private static boolean synchronous(TicketFacts ticket) {
    return ticket.channel() == Channel.PHONE || ticket.channel() == Channel.CHAT;
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
    final List<Set<String>> categories;

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
      categories = new ArrayList<>(customers);
      for (int i = 0; i < customers; i++) {
        categories.add(null);
      }
    }

    /**
     * Adds a ticket. Its outcomes (handle effort, escalation, reopening, complaint, low rating, no
     * resolution) count relative to its agent's own effect, so that a skilled agent's customers do
     * not look easy merely because that agent serves them well.
     *
     * @param offsets minus the agent's effect on each outcome, from {@link AgentBaselines#offsets}
     * @param effort the ticket's ln handle seconds against its channel's, NaN without a handle time
     */
    void add(int i, TicketFacts ticket, double[] offsets, double effort) {
      count[i]++;
      if (!Double.isNaN(effort)) {
        effortSum[i] += effort + offsets[AgentBaselines.EFFORT];
        effortCount[i]++;
      }
      escalated[i] += (ticket.escalated() ? 1 : 0) + offsets[AgentBaselines.ESCALATED];
      reopened[i] += (ticket.reopenCount() > 0 ? 1 : 0) + offsets[AgentBaselines.REOPENED];
      complaints[i] += (ticket.complaint() ? 1 : 0) + offsets[AgentBaselines.COMPLAINT];
      if (ticket.satisfaction() != null) {
        rated[i]++;
        lowRated[i] += (ticket.satisfaction() <= 2 ? 1 : 0) + offsets[AgentBaselines.LOW_RATED];
      }
      unresolved[i] += (ticket.resolved() ? 0 : 1) + offsets[AgentBaselines.UNRESOLVED];
      urgent[i] += ticket.priority() == Priority.URGENT ? 1 : 0;
      synchronous[i] += synchronous(ticket) ? 1 : 0;
      if (categories.get(i) == null) {
        categories.set(i, new HashSet<>(4));
      }
      categories.get(i).add(ticket.category());
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
      for (int t = 0; t < window.tickets.size(); t++) {
        outcomes(window.tickets.get(t), outcomes);
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

    /** The ticket's handle effort against its channel's; NaN without a handle time. */
    double effort(TicketFacts ticket) {
      return channels.effort(ticket);
    }

    /** Writes the ticket's outcomes, NaN where it has none, into {@code into}. */
    private void outcomes(TicketFacts ticket, double[] into) {
      into[EFFORT] = effort(ticket);
      into[ESCALATED] = ticket.escalated() ? 1 : 0;
      into[REOPENED] = ticket.reopenCount() > 0 ? 1 : 0;
      into[COMPLAINT] = ticket.complaint() ? 1 : 0;
      into[LOW_RATED] =
          ticket.satisfaction() == null ? Double.NaN : (ticket.satisfaction() <= 2 ? 1 : 0);
      into[UNRESOLVED] = ticket.resolved() ? 0 : 1;
    }
  }

  /**
   * The tickets of the grading window, with each one's customer (its index in the customer list)
   * and agent (an index of the window's own, -1 for none), looked up once for every pass. They are
   * held in customer order (each customer's in the order given), so that the passes over them walk
   * the per-customer arrays in order instead of jumping about a large memory.
   */
  private static final class Window {
    final List<TicketFacts> tickets;
    final int[] customer;
    final int[] agent;
    final int agents;

    /**
     * The first ticket's time, or the window's end without tickets. Ticket rates are counted over
     * the part of the window the tenant's history covers: a tenant that sent its first tickets a
     * month ago has a month of history, not the whole window.
     */
    final Instant observedFrom;

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
      TicketFacts[] sorted = new TicketFacts[kept.size()];
      customer = new int[kept.size()];
      agent = new int[kept.size()];
      for (int t = 0; t < kept.size(); t++) {
        int at = perCustomer[customerOf[t]]++;
        sorted[at] = kept.get(t);
        customer[at] = customerOf[t];
        agent[at] = agentOf[t];
      }
      tickets = Arrays.asList(sorted);
      agents = agentIndex.size();
      observedFrom = first;
    }
  }

  /**
   * How much longer a ticket of each channel is handled than the tenant's average ticket, on the
   * log scale. A phone call takes longer than a social-media reply whoever the customer is; a
   * customer's effort is measured against its channels', so that a customer who prefers the phone
   * is not graded harder for that alone (the case-mix model judges the channel on its own).
   */
  private static final class ChannelEffort {
    private final double[] offset = new double[Channel.values().length];

    ChannelEffort(List<TicketFacts> tickets) {
      double[] sums = new double[offset.length];
      int[] counts = new int[offset.length];
      double total = 0;
      int count = 0;
      for (TicketFacts ticket : tickets) {
        if (ticket.handleSeconds() != null && ticket.handleSeconds() > 0) {
          double log = Math.log(ticket.handleSeconds());
          sums[ticket.channel().ordinal()] += log;
          counts[ticket.channel().ordinal()]++;
          total += log;
          count++;
        }
      }
      for (int c = 0; c < offset.length; c++) {
        offset[c] = counts[c] == 0 ? 0 : sums[c] / counts[c] - total / count;
      }
    }

    /** ln(handle seconds) less the channel's offset; NaN without a handle time. */
    double effort(TicketFacts ticket) {
      return ticket.handleSeconds() != null && ticket.handleSeconds() > 0
          ? Math.log(ticket.handleSeconds()) - offset[ticket.channel().ordinal()]
          : Double.NaN;
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
