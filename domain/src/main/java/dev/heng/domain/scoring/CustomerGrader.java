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
 * regresses each ticket's ln handle seconds on its customer's standardised dimensions after
 * subtracting each agent's own means (agent fixed effects), with a small ridge penalty; the
 * customer's handle-effort dimension leaves the ticket itself out, so no ticket predicts itself.
 *
 * <p>History dimensions built from outcomes (handle effort, escalation, reopening, complaints, low
 * ratings, no resolution) count each ticket relative to the average of the agent who handled it.
 * Customers are kept by one agent, so without this a skilled agent's customers would look easy and
 * the agent's skill would be adjusted away as their customers' ease.
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
    Map<String, Integer> index = new HashMap<>(customers.size() * 2);
    for (int i = 0; i < customers.size(); i++) {
      index.put(customers.get(i).externalId(), i);
    }
    List<TicketFacts> window = new ArrayList<>();
    for (TicketFacts ticket : tickets) {
      if (index.containsKey(ticket.customerId())
          && !ticket.createdAt().isBefore(from)
          && ticket.createdAt().isBefore(to)) {
        window.add(ticket);
      }
    }
    AgentBaselines baselines = new AgentBaselines(window);
    Histories histories = new Histories(customers.size());
    for (TicketFacts ticket : window) {
      histories.add(index.get(ticket.customerId()), ticket, baselines);
    }

    double[][] values =
        values(customers, histories, emotion, settings.shrinkageTickets(), from, to);
    Standardiser standardiser = new Standardiser(values);
    Map<DifficultyDimension, Double> weights;
    DifficultyGrading.Source source;
    int fitTickets = 0;
    if (settings.source() == DifficultySettings.WeightSource.CONFIGURED) {
      weights = settings.fallbackWeights();
      source = DifficultyGrading.Source.CONFIGURED;
    } else {
      Fit fit =
          fit(
              window,
              index,
              values,
              standardiser,
              histories,
              baselines,
              settings.shrinkageTickets());
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

    return new DifficultyGrading(
        source,
        weights,
        fitTickets,
        coefficients(customers, histories, values, standardiser, weights));
  }

  private static Map<String, CustomerDifficulty> coefficients(
      List<Customer> customers,
      Histories histories,
      double[][] values,
      Standardiser standardiser,
      Map<DifficultyDimension, Double> weights) {
    double[] raw = new double[customers.size()];
    double sum = 0;
    for (int i = 0; i < customers.size(); i++) {
      double log = 0;
      for (DifficultyDimension dimension : DIMENSIONS) {
        log += weights.get(dimension) * standardiser.z(dimension.ordinal(), values[i]);
      }
      raw[i] = Math.exp(log);
      sum += raw[i];
    }
    double normaliser = customers.isEmpty() ? 1 : sum / customers.size();

    Map<String, CustomerDifficulty> graded = new HashMap<>(customers.size() * 2);
    for (int i = 0; i < customers.size(); i++) {
      List<DimensionContribution> contributions = new ArrayList<>(DIMENSION_COUNT);
      for (DifficultyDimension dimension : DIMENSIONS) {
        double value = values[i][dimension.ordinal()];
        boolean missing = Double.isNaN(value);
        double z = standardiser.z(dimension.ordinal(), values[i]);
        double weight = missing ? 0 : weights.get(dimension);
        contributions.add(
            new DimensionContribution(dimension, missing ? null : value, z, weight, weight * z));
      }
      Customer customer = customers.get(i);
      graded.put(
          customer.externalId(),
          new CustomerDifficulty(
              customer.externalId(),
              customer.agentId(),
              raw[i] / normaliser,
              histories.count[i],
              normaliser,
              contributions));
    }
    return graded;
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
      row[DifficultyDimension.TICKET_FREQUENCY.ordinal()] = 30.0 * n / exposureDays;
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
      List<TicketFacts> window,
      Map<String, Integer> index,
      double[][] values,
      Standardiser standardiser,
      Histories histories,
      AgentBaselines baselines,
      double shrinkage) {
    List<TicketFacts> usable = new ArrayList<>();
    for (TicketFacts ticket : window) {
      if (ticket.handleSeconds() != null
          && ticket.handleSeconds() > 0
          && ticket.assigneeId() != null) {
        usable.add(ticket);
      }
    }
    if (usable.size() < DifficultySettings.MIN_FIT_TICKETS) {
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
    double tenantEffort = histories.tenantRates().effort();
    Map<String, double[]> agentSums = new HashMap<>();
    double[][] xtx = new double[DIMENSION_COUNT][DIMENSION_COUNT];
    double[] xty = new double[DIMENSION_COUNT];
    double[] x = new double[DIMENSION_COUNT];
    for (TicketFacts ticket : usable) {
      int customer = index.get(ticket.customerId());
      double target = Math.log(ticket.handleSeconds());
      System.arraycopy(standardised[customer], 0, x, 0, DIMENSION_COUNT);
      double leftOut =
          shrunk(
              histories.effortSum[customer]
                  - target
                  - baselines.offset(ticket.assigneeId(), AgentBaselines.EFFORT),
              histories.effortCount[customer] - 1,
              tenantEffort,
              shrinkage);
      x[effort] = standardiser.z(effort, leftOut);
      Matrices.accumulate(xtx, xty, x, target, 1);
      double[] sums =
          agentSums.computeIfAbsent(ticket.assigneeId(), id -> new double[DIMENSION_COUNT + 2]);
      for (int d = 0; d < DIMENSION_COUNT; d++) {
        sums[d] += x[d];
      }
      sums[DIMENSION_COUNT] += target;
      sums[DIMENSION_COUNT + 1]++;
    }
    double[] means = new double[DIMENSION_COUNT];
    for (double[] sums : agentSums.values()) {
      double n = sums[DIMENSION_COUNT + 1];
      for (int d = 0; d < DIMENSION_COUNT; d++) {
        means[d] = sums[d] / n;
      }
      Matrices.accumulate(xtx, xty, means, sums[DIMENSION_COUNT] / n, -n);
    }
    Matrices.symmetrise(xtx);
    double[] beta = Matrices.solve(xtx, xty, RIDGE_PER_TICKET * usable.size());

    Map<DifficultyDimension, Double> weights = new EnumMap<>(DifficultyDimension.class);
    for (DifficultyDimension dimension : DIMENSIONS) {
      weights.put(dimension, beta[dimension.ordinal()]);
    }
    return new Fit(weights, usable.size());
  }

  private record Fit(Map<DifficultyDimension, Double> weights, int tickets) {}

  /** Means and standard deviations of each dimension over the customers that have it. */
  private static final class Standardiser {
    private final double[] mean = new double[DIMENSION_COUNT];
    private final double[] sd = new double[DIMENSION_COUNT];

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
        mean[d] = n == 0 ? 0 : sum / n;
        double variance = n < 2 ? 0 : (squares - n * mean[d] * mean[d]) / (n - 1);
        sd[d] = Math.sqrt(Math.max(0, variance));
      }
    }

    /** The standardised value of dimension {@code d} of a row; 0 when missing or without spread. */
    double z(int d, double[] row) {
      return z(d, row[d]);
    }

    /** The standardised value of dimension {@code d}; 0 when missing or without spread. */
    double z(int d, double value) {
      if (Double.isNaN(value) || sd[d] < 1e-12) {
        return 0;
      }
      return (value - mean[d]) / sd[d];
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
     * resolution) count relative to its agent's own average, so that a skilled agent's customers do
     * not look easy merely because that agent serves them well.
     */
    void add(int i, TicketFacts ticket, AgentBaselines baselines) {
      double[] offsets = baselines.offsets(ticket.assigneeId());
      count[i]++;
      if (ticket.handleSeconds() != null && ticket.handleSeconds() > 0) {
        effortSum[i] += Math.log(ticket.handleSeconds()) + offsets[AgentBaselines.EFFORT];
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
      synchronous[i] +=
          ticket.channel() == Channel.PHONE || ticket.channel() == Channel.CHAT ? 1 : 0;
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
   * Each agent's average outcomes over the grading window, shrunk towards the tenant's by {@link
   * #PRIOR_TICKETS}, and how far each lies from the tenant's.
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

    /** Agent id to tenant mean minus the agent's shrunk mean, per outcome. */
    private final Map<String, double[]> offsets = new HashMap<>();

    AgentBaselines(List<TicketFacts> tickets) {
      Map<String, double[]> sums = new HashMap<>();
      double[] tenant = new double[2 * OUTCOMES];
      for (TicketFacts ticket : tickets) {
        double[] outcomes = outcomes(ticket);
        double[] agent =
            ticket.assigneeId() == null
                ? null
                : sums.computeIfAbsent(ticket.assigneeId(), id -> new double[2 * OUTCOMES]);
        for (int k = 0; k < OUTCOMES; k++) {
          if (!Double.isNaN(outcomes[k])) {
            tenant[k] += outcomes[k];
            tenant[OUTCOMES + k]++;
            if (agent != null) {
              agent[k] += outcomes[k];
              agent[OUTCOMES + k]++;
            }
          }
        }
      }
      sums.forEach(
          (agentId, agent) -> {
            double[] agentOffsets = new double[OUTCOMES];
            for (int k = 0; k < OUTCOMES; k++) {
              if (tenant[OUTCOMES + k] > 0) {
                double tenantMean = tenant[k] / tenant[OUTCOMES + k];
                double agentMean =
                    (agent[k] + PRIOR_TICKETS * tenantMean) / (agent[OUTCOMES + k] + PRIOR_TICKETS);
                agentOffsets[k] = tenantMean - agentMean;
              }
            }
            offsets.put(agentId, agentOffsets);
          });
    }

    /** Tenant means minus the agent's shrunk means; zeros without an agent. */
    double[] offsets(String agentId) {
      return agentId == null ? NO_OFFSETS : offsets.getOrDefault(agentId, NO_OFFSETS);
    }

    /** Tenant mean minus the agent's shrunk mean of one outcome; 0 without an agent. */
    double offset(String agentId, int outcome) {
      return offsets(agentId)[outcome];
    }

    private static double[] outcomes(TicketFacts ticket) {
      return new double[] {
        ticket.handleSeconds() != null && ticket.handleSeconds() > 0
            ? Math.log(ticket.handleSeconds())
            : Double.NaN,
        ticket.escalated() ? 1 : 0,
        ticket.reopenCount() > 0 ? 1 : 0,
        ticket.complaint() ? 1 : 0,
        ticket.satisfaction() == null ? Double.NaN : (ticket.satisfaction() <= 2 ? 1 : 0),
        ticket.resolved() ? 0 : 1
      };
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
