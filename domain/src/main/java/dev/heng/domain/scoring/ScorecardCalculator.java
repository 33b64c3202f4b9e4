package dev.heng.domain.scoring;

import dev.heng.domain.emotion.AgentRecovery;
import dev.heng.domain.knowledge.KnowledgeCredit;
import dev.heng.domain.knowledge.KnowledgeUse;
import dev.heng.domain.record.AdoptionStatus;
import dev.heng.domain.record.Agent;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.ContributionType;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Scores every agent of a tenant for a period on the configured scorecard.
 *
 * <p>The steps: grade the customers ({@link CustomerGrader}); compute each agent's workload ({@link
 * WorkloadCalculator}); judge each adjusted metric as observed over expected ({@link
 * CaseMixModel}), shrunk towards 1 by the quality settings' pseudo-tickets; take plain metrics as
 * they are; normalise every metric to 0..100; weight them. A metric an agent has no data for gives
 * its weight to the other metrics of its dimension (or, when the whole dimension is empty, to the
 * other dimensions) in proportion to their weights, so missing data never counts as zero.
 *
 * <p>The same data and configuration always give the same numbers: every step is deterministic and
 * agents are processed in external-id order.
 */
public final class ScorecardCalculator {

  /** How metrics are judged. */
  public enum Adjustment {
    /** Heng's model: workload-weighted volume, case-mix and load adjusted outcomes, shrinkage. */
    CASE_MIX,
    /**
     * Raw counts for comparison: ticket volume over the tenant's mean instead of the workload
     * coefficient, outcome rates as observed against the tenant's mean, no shrinkage; the same
     * metrics, weights and normalisation otherwise.
     */
    NONE
  }

  /** Most frequent problem categories given their own term in the case mix; the rest share one. */
  private static final int CATEGORY_TERMS = 8;

  /** The smallest observed-over-expected ratio told apart from others when normalising. */
  private static final double MIN_RATIO = 0.01;

  /** The least prior weight, in expected events, of a yes/no outcome's observed-over-expected. */
  private static final double MIN_PRIOR_EVENTS = 3;

  private final CustomerGrader grader = new CustomerGrader();
  private final WorkloadCalculator workloads = new WorkloadCalculator();

  /**
   * Scores a period with Heng's model.
   *
   * @param input the tenant's data
   * @param config a configuration without {@link ScoringConfig#problems() problems}
   * @param configVersion the version to record on each scorecard
   * @throws IllegalArgumentException if the configuration has problems
   */
  public ScoringResult score(ScoringInput input, ScoringConfig config, int configVersion) {
    return score(input, config, configVersion, Adjustment.CASE_MIX);
  }

  /**
   * Scores a period with the given adjustment.
   *
   * @throws IllegalArgumentException if the configuration has problems
   */
  public ScoringResult score(
      ScoringInput input, ScoringConfig config, int configVersion, Adjustment adjustment) {
    requireNoProblems(config);
    ScoringPeriod period = input.period();
    DifficultyGrading grading =
        grader.grade(
            input.customers(),
            input.tickets(),
            input.customerEmotion(),
            config.difficulty(),
            historyStart(period, config),
            period.to());
    return score(input, grading, config, configVersion, adjustment);
  }

  /**
   * Scores a period on customers graded elsewhere instead of grading them from the history, for
   * instance at the hidden difficulties of a synthetic tenant, to see how the card would do if
   * every customer's difficulty were known. Everything else is as in {@link #score(ScoringInput,
   * ScoringConfig, int, Adjustment)}.
   *
   * @param grading the customers' difficulty; a customer it does not name counts as average (1.0),
   *     and each named customer's {@link CustomerDifficulty#tickets() tickets} should count its
   *     tickets of the grading window, which the load measures read
   * @throws IllegalArgumentException if {@code grading} is null or the configuration has problems
   */
  public ScoringResult score(
      ScoringInput input,
      DifficultyGrading grading,
      ScoringConfig config,
      int configVersion,
      Adjustment adjustment) {
    if (grading == null) {
      throw new IllegalArgumentException("grading must not be null");
    }
    requireNoProblems(config);
    ScoringPeriod period = input.period();
    List<TicketFacts> periodTickets = new ArrayList<>();
    Map<String, Integer> ticketsPerAgent = new HashMap<>();
    for (TicketFacts ticket : input.tickets()) {
      if (ticket.assigneeId() != null
          && !ticket.createdAt().isBefore(period.from())
          && ticket.createdAt().isBefore(period.to())) {
        periodTickets.add(ticket);
        ticketsPerAgent.merge(ticket.assigneeId(), 1, Integer::sum);
      }
    }
    List<Agent> agents =
        input.agents().stream()
            .filter(agent -> agent.active() || ticketsPerAgent.containsKey(agent.externalId()))
            .sorted(Comparator.comparing(Agent::externalId))
            .toList();
    Map<String, Integer> agentIndex = new HashMap<>();
    for (int a = 0; a < agents.size(); a++) {
      agentIndex.put(agents.get(a).externalId(), a);
    }
    periodTickets.removeIf(ticket -> !agentIndex.containsKey(ticket.assigneeId()));
    Map<String, Workload> workload =
        workloads.compute(
            agents.stream().map(Agent::externalId).toList(),
            input.customers(),
            periodTickets,
            grading,
            config.workload());
    Map<String, Double> poolDifficulty = poolDifficulty(input, grading);

    Cohort cohort =
        new Cohort(
            agents,
            agentIndex,
            workload,
            periodTickets,
            grading,
            input,
            config.quality(),
            adjustment,
            config.metrics().stream()
                .anyMatch(
                    setting -> setting.metric() == Metric.FIRST_RESPONSE && setting.weight() > 0));
    Map<Metric, Measured> measured = new EnumMap<>(Metric.class);
    for (MetricSetting setting : config.metrics()) {
      measured.put(setting.metric(), measure(setting.metric(), cohort, input, period));
    }
    List<Scorecard> scorecards =
        assemble(agents, workload, poolDifficulty, measured, config, configVersion, period);
    return summarise(period, configVersion, grading, scorecards);
  }

  /**
   * The start of the grading window: the configuration's {@code historyDays} before the period's
   * end.
   *
   * @param period the scored period, not null
   * @param config the configuration, not null
   */
  public static Instant historyStart(ScoringPeriod period, ScoringConfig config) {
    return period.to().minus(config.difficulty().historyDays(), ChronoUnit.DAYS);
  }

  private static void requireNoProblems(ScoringConfig config) {
    List<ConfigProblem> problems = config.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("config has problems: " + problems);
    }
  }

  private static Map<String, Double> poolDifficulty(ScoringInput input, DifficultyGrading grading) {
    Map<String, double[]> sums = new HashMap<>();
    input
        .customers()
        .forEach(
            customer -> {
              if (customer.agentId() != null) {
                double[] sum = sums.computeIfAbsent(customer.agentId(), id -> new double[2]);
                sum[0]++;
                sum[1] += grading.coefficient(customer.externalId());
              }
            });
    Map<String, Double> means = new HashMap<>();
    sums.forEach((agentId, sum) -> means.put(agentId, sum[1] / sum[0]));
    return means;
  }

  private Measured measure(Metric metric, Cohort cohort, ScoringInput input, ScoringPeriod period) {
    return switch (metric) {
      case WEIGHTED_VOLUME -> {
        // Raw counting compares tickets handled with the tenant's mean, on the coefficient's scale.
        double meanTickets =
            Math.max(1e-9, (double) cohort.tickets.size() / Math.max(1, cohort.agents.size()));
        yield cohort.plain(
            agent ->
                cohort.adjustment == Adjustment.NONE
                    ? cohort.workload.get(agent).handledTickets() / meanTickets
                    : cohort.workload.get(agent).coefficient(),
            agent -> cohort.workload.get(agent).handledTickets());
      }
      case FIRST_RESPONSE ->
          cohort.adjusted(
              ticket ->
                  ticket.firstResponseSeconds() == null
                      ? Double.NaN
                      : Math.log(Math.max(1, ticket.firstResponseSeconds())),
              Outcome.LOG_DURATION,
              +1);
      case RESOLUTION_RATE ->
          cohort.adjusted(ticket -> ticket.resolved() ? 1 : 0, Outcome.RATE, -1);
      case SATISFACTION ->
          cohort.reaction(
              ticket -> ticket.satisfaction() == null ? Double.NaN : ticket.satisfaction(),
              Outcome.MEAN,
              -1);
      case COMPLAINT_RATE ->
          cohort.reaction(ticket -> ticket.complaint() ? 1 : 0, Outcome.RATE, +1);
      case HANDLE_EFFORT ->
          cohort.adjusted(
              ticket ->
                  ticket.handleSeconds() == null || ticket.handleSeconds() <= 0
                      ? Double.NaN
                      : Math.log(ticket.handleSeconds()),
              Outcome.LOG_DURATION,
              +1);
      case ADOPTED_SUGGESTIONS ->
          contributionCount(
              cohort,
              input,
              period,
              record ->
                  record.type() == ContributionType.IMPROVEMENT_SUGGESTION
                      && record.adoptionStatus() == AdoptionStatus.ADOPTED);
      case COLLABORATION ->
          contributionCount(
              cohort,
              input,
              period,
              record -> record.type() == ContributionType.COLLABORATION_CASE);
      case TRAINING -> trainingScores(cohort, input, period);
      case KNOWLEDGE_CONTRIBUTION -> knowledgeCredit(cohort, input);
      case KNOWLEDGE_RETRIEVAL -> knowledgeRetrieval(cohort, input.knowledgeUse());
      case EMOTION_RECOVERY ->
          cohort.plain(
              agent -> {
                AgentRecovery recovery = input.emotion().get(agent);
                return recovery == null || recovery.meanRecovery() == null
                    ? Double.NaN
                    : recovery.meanRecovery();
              },
              agent -> {
                AgentRecovery recovery = input.emotion().get(agent);
                return recovery == null ? 0 : recovery.tickets();
              });
    };
  }

  private static Measured contributionCount(
      Cohort cohort,
      ScoringInput input,
      ScoringPeriod period,
      java.util.function.Predicate<ContributionRecord> counts) {
    Map<String, Integer> totals = new HashMap<>();
    for (ContributionRecord record : inPeriod(input, period)) {
      if (counts.test(record)) {
        totals.merge(record.agentId(), 1, Integer::sum);
      }
    }
    return cohort.plain(
        agent -> totals.getOrDefault(agent, 0), agent -> totals.getOrDefault(agent, 0));
  }

  private static Measured trainingScores(Cohort cohort, ScoringInput input, ScoringPeriod period) {
    Map<String, double[]> sums = new HashMap<>();
    for (ContributionRecord record : inPeriod(input, period)) {
      if (record.type() == ContributionType.TRAINING_RESULT) {
        double[] sum = sums.computeIfAbsent(record.agentId(), id -> new double[2]);
        sum[0]++;
        sum[1] += record.score();
      }
    }
    return cohort.plain(
        agent -> {
          double[] sum = sums.get(agent);
          return sum == null ? Double.NaN : sum[1] / sum[0];
        },
        agent -> {
          double[] sum = sums.get(agent);
          return sum == null ? 0 : (int) sum[0];
        });
  }

  /**
   * Credit points per agent; an agent the credit does not name earned none, unless nobody earned
   * any, when the metric has no data.
   */
  private static Measured knowledgeCredit(Cohort cohort, ScoringInput input) {
    Map<String, KnowledgeCredit> credit = input.knowledge();
    boolean anyEarned = credit.values().stream().anyMatch(earned -> earned.credit() > 0);
    return cohort.plain(
        agent ->
            !anyEarned ? Double.NaN : credit.containsKey(agent) ? credit.get(agent).credit() : 0,
        agent -> {
          KnowledgeCredit earned = credit.get(agent);
          return earned == null
              ? 0
              : earned.reusesByOthers() + earned.articlesCreated() + earned.articlesUpdated();
        });
  }

  /**
   * Of the tickets each agent searched knowledge for, the share it linked an article to, observed
   * over expected for their case mix; only the assignee's own searches and links count. Load stays
   * out of the expectation: once an agent has searched, whether it finds and links the right
   * article is a matter of its knowledge, and stage two's harmful-only load effects, fitted to an
   * outcome load does not move, would only add noise that favours the busiest agents. No data for
   * anyone when nobody searched (the knowledge activity is not known, or the tenant does not record
   * searches).
   */
  private static Measured knowledgeRetrieval(Cohort cohort, KnowledgeUse use) {
    if (use.noSearches()) {
      return cohort.plain(agent -> Double.NaN, agent -> 0);
    }
    return cohort.adjusted(
        Metric.KNOWLEDGE_RETRIEVAL,
        ticket ->
            use.linked(ticket.ticketId(), ticket.assigneeId())
                ? 1
                : use.searched(ticket.ticketId(), ticket.assigneeId()) ? 0 : Double.NaN,
        Outcome.RATE,
        -1);
  }

  private static List<ContributionRecord> inPeriod(ScoringInput input, ScoringPeriod period) {
    return input.contributions().stream()
        .filter(
            record ->
                !record.occurredAt().isBefore(period.from())
                    && record.occurredAt().isBefore(period.to()))
        .toList();
  }

  private static List<Scorecard> assemble(
      List<Agent> agents,
      Map<String, Workload> workload,
      Map<String, Double> poolDifficulty,
      Map<Metric, Measured> measured,
      ScoringConfig config,
      int configVersion,
      ScoringPeriod period) {
    Map<Metric, double[]> normalised = new EnumMap<>(Metric.class);
    for (MetricSetting setting : config.metrics()) {
      normalised.put(setting.metric(), normalise(setting, measured.get(setting.metric())));
    }

    List<Scorecard> scorecards = new ArrayList<>(agents.size());
    double[] totals = new double[agents.size()];
    for (int a = 0; a < agents.size(); a++) {
      Map<Metric, Double> effective = effectiveWeights(config, normalised, a);
      Map<ScorecardDimension, List<MetricScore>> byDimension =
          new EnumMap<>(ScorecardDimension.class);
      double total = 0;
      for (MetricSetting setting : config.metrics()) {
        Measured values = measured.get(setting.metric());
        double points = normalised.get(setting.metric())[a];
        Double score = Double.isNaN(points) ? null : points;
        double weight = effective.get(setting.metric());
        double contribution = score == null ? 0 : weight * score / 100;
        total += contribution;
        byDimension
            .computeIfAbsent(setting.metric().dimension(), d -> new ArrayList<>())
            .add(
                new MetricScore(
                    setting.metric(),
                    nullable(values.value[a]),
                    nullable(values.expected[a]),
                    nullable(values.ratio[a]),
                    nullable(values.low[a]),
                    nullable(values.high[a]),
                    values.observations[a],
                    score,
                    setting.weight(),
                    weight,
                    contribution));
      }
      totals[a] = total;
      List<DimensionScore> dimensions = new ArrayList<>();
      byDimension.forEach(
          (dimension, metrics) -> dimensions.add(dimensionScore(config, dimension, metrics)));
      Agent agent = agents.get(a);
      scorecards.add(
          new Scorecard(
              agent.externalId(),
              agent.teamId(),
              period.label(),
              configVersion,
              total,
              0,
              workload.get(agent.externalId()),
              poolDifficulty.getOrDefault(agent.externalId(), 1.0),
              dimensions));
    }
    return config.teamBonusPoints() > 0
        ? withTeamBonus(scorecards, totals, config.teamBonusPoints())
        : scorecards;
  }

  private static DimensionScore dimensionScore(
      ScoringConfig config, ScorecardDimension dimension, List<MetricScore> metrics) {
    double weighted = 0;
    double weights = 0;
    for (MetricScore metric : metrics) {
      if (metric.normalised() != null) {
        weighted += metric.normalised() * metric.weight();
        weights += metric.weight();
      }
    }
    Double score = weights > 0 ? weighted / weights : null;
    if (score == null && metrics.stream().anyMatch(metric -> metric.normalised() != null)) {
      score =
          metrics.stream()
              .filter(metric -> metric.normalised() != null)
              .mapToDouble(MetricScore::normalised)
              .average()
              .orElseThrow();
    }
    return new DimensionScore(dimension, config.dimensionWeight(dimension), score, metrics);
  }

  /**
   * The weights an agent's metrics carry once metrics without data have handed theirs on: first to
   * the metrics of the same dimension, else to every metric with data.
   */
  private static Map<Metric, Double> effectiveWeights(
      ScoringConfig config, Map<Metric, double[]> normalised, int agent) {
    Map<Metric, Double> effective = new EnumMap<>(Metric.class);
    Map<ScorecardDimension, double[]> dimensionSums = new EnumMap<>(ScorecardDimension.class);
    for (MetricSetting setting : config.metrics()) {
      double[] sums =
          dimensionSums.computeIfAbsent(setting.metric().dimension(), d -> new double[2]);
      sums[0] += setting.weight();
      if (!Double.isNaN(normalised.get(setting.metric())[agent])) {
        sums[1] += setting.weight();
      }
    }
    double available = 0;
    for (double[] sums : dimensionSums.values()) {
      if (sums[1] > 0) {
        available += sums[0];
      }
    }
    for (MetricSetting setting : config.metrics()) {
      double[] sums = dimensionSums.get(setting.metric().dimension());
      boolean has = !Double.isNaN(normalised.get(setting.metric())[agent]);
      double weight = 0;
      if (has && sums[1] > 0 && available > 0) {
        weight = setting.weight() * (sums[0] / sums[1]) * (100.0 / available);
      }
      effective.put(setting.metric(), weight);
    }
    return effective;
  }

  private static List<Scorecard> withTeamBonus(
      List<Scorecard> scorecards, double[] totals, double points) {
    double mean = Statistics.mean(totals);
    double sd = Statistics.standardDeviation(totals);
    Map<String, List<Double>> teamTotals = new TreeMap<>();
    for (Scorecard scorecard : scorecards) {
      if (scorecard.teamId() != null) {
        teamTotals
            .computeIfAbsent(scorecard.teamId(), t -> new ArrayList<>())
            .add(scorecard.total());
      }
    }
    Map<String, Double> bonus = new HashMap<>();
    teamTotals.forEach(
        (team, values) -> {
          double teamMean = values.stream().mapToDouble(Double::doubleValue).average().orElse(mean);
          double standing = sd > 0 ? (teamMean - mean) / sd : 0;
          bonus.put(team, points * Math.max(0, Math.min(1, standing)));
        });
    List<Scorecard> adjusted = new ArrayList<>(scorecards.size());
    for (Scorecard scorecard : scorecards) {
      double teamBonus = scorecard.teamId() == null ? 0 : bonus.get(scorecard.teamId());
      adjusted.add(
          new Scorecard(
              scorecard.agentId(),
              scorecard.teamId(),
              scorecard.period(),
              scorecard.configVersion(),
              Math.min(100, scorecard.total() + teamBonus),
              teamBonus,
              scorecard.workload(),
              scorecard.poolDifficulty(),
              scorecard.dimensions()));
    }
    return adjusted;
  }

  private static ScoringResult summarise(
      ScoringPeriod period, int configVersion, DifficultyGrading grading, List<Scorecard> cards) {
    List<Scorecard> ranked =
        cards.stream()
            .sorted(
                Comparator.comparingDouble(Scorecard::total)
                    .reversed()
                    .thenComparing(Scorecard::agentId))
            .toList();
    Map<String, List<Scorecard>> byTeam =
        ranked.stream()
            .filter(card -> card.teamId() != null)
            .collect(Collectors.groupingBy(Scorecard::teamId, TreeMap::new, Collectors.toList()));
    Map<String, FairnessSummary> teamFairness = new LinkedHashMap<>();
    byTeam.forEach((team, members) -> teamFairness.put(team, FairnessSummary.of(members)));
    return new ScoringResult(
        period, configVersion, grading, ranked, FairnessSummary.of(ranked), teamFairness);
  }

  private static double[] normalise(MetricSetting setting, Measured values) {
    int n = values.value.length;
    double[] points = new double[n];
    Normalisation normalisation = setting.normalisation();
    boolean adjusted = !Double.isNaN(firstNonNaN(values.ratio));
    double[] x = new double[n];
    for (int a = 0; a < n; a++) {
      // Ratios compare on a log scale; a ratio of 0 (no complaints at all, unshrunk) sits at the
      // floor of that scale instead of at minus infinity.
      x[a] = adjusted ? Math.log(Math.max(MIN_RATIO, values.ratio[a])) : values.value[a];
    }
    if (normalisation.mode() == Normalisation.Mode.TARGET) {
      for (int a = 0; a < n; a++) {
        double value = adjusted ? values.ratio[a] : values.value[a];
        points[a] = Double.isNaN(value) ? Double.NaN : normalisation.againstTarget(value);
      }
      return points;
    }
    double[] present = java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    double mean = Statistics.mean(present);
    double sd = Statistics.standardDeviation(present);
    double direction = setting.metric().higherIsBetter() ? 1 : -1;
    for (int a = 0; a < n; a++) {
      if (Double.isNaN(x[a])) {
        points[a] = Double.NaN;
      } else if (!(sd > 1e-12)) {
        points[a] = 50;
      } else {
        points[a] = Normalisation.clip(50 + 20 * direction * (x[a] - mean) / sd);
      }
    }
    return points;
  }

  private static double firstNonNaN(double[] values) {
    for (double value : values) {
      if (!Double.isNaN(value)) {
        return value;
      }
    }
    return Double.NaN;
  }

  private static Double nullable(double value) {
    return Double.isNaN(value) ? null : value;
  }

  /** How an adjusted outcome is summarised. */
  private enum Outcome {
    /** A yes/no outcome: a rate, judged as expected events over observed. */
    RATE,
    /** A rating: a mean, judged as sums. */
    MEAN,
    /** A log duration: judged as the geometric ratio of observed over expected. */
    LOG_DURATION
  }

  /** Per-agent values of one metric; NaN where an agent has none. */
  private static final class Measured {
    final double[] value;
    final double[] expected;
    final double[] ratio;
    final double[] low;
    final double[] high;
    final int[] observations;

    Measured(int agents) {
      value = nans(agents);
      expected = nans(agents);
      ratio = nans(agents);
      low = nans(agents);
      high = nans(agents);
      observations = new int[agents];
    }

    private static double[] nans(int n) {
      double[] values = new double[n];
      java.util.Arrays.fill(values, Double.NaN);
      return values;
    }
  }

  /** The agents of a scoring run and the shared pieces the metrics read. */
  private static final class Cohort {
    final List<Agent> agents;
    final Map<String, Integer> agentIndex;
    final Map<String, Workload> workload;
    final List<TicketFacts> tickets;
    final QualitySettings quality;
    final Adjustment adjustment;

    /** Whether the card judges the wait for the first answer (first response has weight). */
    final boolean judgesWait;

    final double[][] caseMix;

    /**
     * The case mix with the first-answer wait added, for the customer's reaction; built on first
     * use.
     */
    private double[][] reactionMix;

    final int[] agentOf;
    final double[][] agentLoads;
    final int[] seniority;
    final double z;

    Cohort(
        List<Agent> agents,
        Map<String, Integer> agentIndex,
        Map<String, Workload> workload,
        List<TicketFacts> tickets,
        DifficultyGrading grading,
        ScoringInput input,
        QualitySettings quality,
        Adjustment adjustment,
        boolean judgesWait) {
      this.agents = agents;
      this.agentIndex = agentIndex;
      this.workload = workload;
      this.tickets = tickets;
      this.quality = quality;
      this.adjustment = adjustment;
      this.judgesWait = judgesWait;
      this.z = NormalQuantile.twoSided(quality.intervalLevel());
      agentOf = new int[tickets.size()];
      for (int i = 0; i < tickets.size(); i++) {
        agentOf[i] = agentIndex.get(tickets.get(i).assigneeId());
      }
      caseMix =
          adjustment == Adjustment.CASE_MIX ? caseMix(tickets, grading, input.period().to()) : null;
      agentLoads = agentLoads(agents, workload, tickets, grading, input.customers());
      seniority = agents.stream().mapToInt(Agent::seniority).toArray();
    }

    /**
     * Each agent's measures of load, centred on the tenant: ln(workload coefficient), ln(1 +
     * tickets its customers raised over the grading window) and the mean ln(difficulty) of the
     * customers of the tickets it handled. Each alone is a noisy reading of how much an agent
     * carried; stage two of the case-mix model weighs them.
     */
    private static double[][] agentLoads(
        List<Agent> agents,
        Map<String, Workload> workload,
        List<TicketFacts> tickets,
        DifficultyGrading grading,
        List<Customer> customers) {
      Map<String, Integer> poolTickets = new HashMap<>();
      for (Customer customer : customers) {
        CustomerDifficulty graded = grading.customers().get(customer.externalId());
        if (customer.agentId() != null && graded != null) {
          poolTickets.merge(customer.agentId(), graded.tickets(), Integer::sum);
        }
      }
      Map<String, double[]> difficulty = new HashMap<>();
      for (TicketFacts ticket : tickets) {
        double[] sum = difficulty.computeIfAbsent(ticket.assigneeId(), id -> new double[2]);
        sum[0]++;
        sum[1] += Math.log(grading.coefficient(ticket.customerId()));
      }
      double[][] loads = new double[agents.size()][3];
      double[] means = new double[3];
      for (int a = 0; a < agents.size(); a++) {
        String agentId = agents.get(a).externalId();
        Workload load = workload.get(agentId);
        double[] sum = difficulty.get(agentId);
        loads[a][0] = Math.log(Math.max(1e-3, load.coefficient()));
        loads[a][1] = Math.log(1 + poolTickets.getOrDefault(agentId, 0));
        loads[a][2] = sum == null ? 0 : sum[1] / sum[0];
        for (int k = 0; k < 3; k++) {
          means[k] += loads[a][k];
        }
      }
      for (double[] row : loads) {
        for (int k = 0; k < 3; k++) {
          row[k] -= means[k] / agents.size();
        }
      }
      return loads;
    }

    Measured plain(ToDoubleFunction<String> value, ToDoubleFunction<String> observations) {
      Measured measured = new Measured(agents.size());
      for (int a = 0; a < agents.size(); a++) {
        String agentId = agents.get(a).externalId();
        measured.value[a] = value.applyAsDouble(agentId);
        measured.observations[a] = (int) observations.applyAsDouble(agentId);
      }
      return measured;
    }

    /**
     * Judges one outcome for every agent.
     *
     * @param outcome a ticket's outcome, NaN when the ticket has none (unrated, unanswered)
     * @param harm +1 when a higher outcome is worse, -1 when it is better
     */
    Measured adjusted(ToDoubleFunction<TicketFacts> outcome, Outcome kind, int harm) {
      return adjusted(outcome, kind, harm, caseMix, quality.adjustForLoad());
    }

    /**
     * Judges one outcome of {@code metric} for every agent; its expectation takes load into account
     * only when the quality settings adjust for load and {@link Metric#adjustsForLoad() the metric
     * is judged under load}.
     */
    Measured adjusted(
        Metric metric, ToDoubleFunction<TicketFacts> outcome, Outcome kind, int harm) {
      return adjusted(
          outcome, kind, harm, caseMix, quality.adjustForLoad() && metric.adjustsForLoad());
    }

    /**
     * Judges an outcome of the customer's reaction (a rating, a complaint). With load adjustment on
     * and first response on the card, its expectation also knows how long the ticket waited for its
     * first answer: the wait is the first-response metric's to judge, and load lengthens it, so a
     * slow answer counts once, there, and not again in every reaction it provoked. A card without
     * first response leaves the reaction to the wait in these outcomes.
     */
    Measured reaction(ToDoubleFunction<TicketFacts> outcome, Outcome kind, int harm) {
      if (caseMix == null || !quality.adjustForLoad() || !judgesWait) {
        return adjusted(outcome, kind, harm);
      }
      if (reactionMix == null) {
        reactionMix = withFirstAnswerWait(caseMix, tickets);
      }
      return adjusted(outcome, kind, harm, reactionMix, true);
    }

    /**
     * Each row of {@code caseMix} followed by the ticket's ln(first-response seconds) less its mean
     * over the tickets that have one, and an indicator of having none (then the wait term is 0).
     */
    private static double[][] withFirstAnswerWait(double[][] caseMix, List<TicketFacts> tickets) {
      double sum = 0;
      int answered = 0;
      for (TicketFacts ticket : tickets) {
        if (ticket.firstResponseSeconds() != null) {
          sum += logSeconds(ticket.firstResponseSeconds());
          answered++;
        }
      }
      double mean = answered == 0 ? 0 : sum / answered;
      double[][] rows = new double[caseMix.length][];
      for (int i = 0; i < caseMix.length; i++) {
        double[] row = java.util.Arrays.copyOf(caseMix[i], caseMix[i].length + 2);
        Long wait = tickets.get(i).firstResponseSeconds();
        if (wait == null) {
          row[row.length - 1] = 1;
        } else {
          row[row.length - 2] = logSeconds(wait) - mean;
        }
        rows[i] = row;
      }
      return rows;
    }

    private static double logSeconds(long seconds) {
      return Math.log(Math.max(1, seconds));
    }

    private Measured adjusted(
        ToDoubleFunction<TicketFacts> outcome,
        Outcome kind,
        int harm,
        double[][] mix,
        boolean adjustForLoad) {
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < tickets.size(); i++) {
        if (!Double.isNaN(outcome.applyAsDouble(tickets.get(i)))) {
          rows.add(i);
        }
      }
      int n = rows.size();
      int[] agentRows = new int[n];
      double[] y = new double[n];
      double[][] x = new double[n][];
      for (int r = 0; r < n; r++) {
        int i = rows.get(r);
        agentRows[r] = agentOf[i];
        y[r] = outcome.applyAsDouble(tickets.get(i));
        x[r] = mix == null ? new double[0] : mix[i];
      }
      double[] expected = new double[n];
      double[] variance = new double[n];
      double shrinkage;
      if (adjustment == Adjustment.CASE_MIX) {
        CaseMixModel model =
            CaseMixModel.fit(
                kind == Outcome.RATE ? CaseMixModel.Family.BINARY : CaseMixModel.Family.CONTINUOUS,
                agentRows,
                x,
                y,
                agentLoads,
                seniority,
                harm,
                adjustForLoad);
        for (int r = 0; r < n; r++) {
          expected[r] = model.expected(x[r], agentLoads[agentRows[r]]);
          variance[r] = model.variance(expected[r]);
        }
        shrinkage = quality.shrinkageTickets();
      } else {
        double mean = 0;
        for (double value : y) {
          mean += value;
        }
        mean = n == 0 ? 0 : mean / n;
        double spread = 0;
        for (double value : y) {
          spread += (value - mean) * (value - mean);
        }
        spread = n < 2 ? 0 : spread / (n - 1);
        java.util.Arrays.fill(expected, mean);
        java.util.Arrays.fill(variance, kind == Outcome.RATE ? mean * (1 - mean) : spread);
        shrinkage = 0;
      }
      return summarise(agentRows, y, expected, variance, kind, shrinkage);
    }

    private Measured summarise(
        int[] agentRows,
        double[] y,
        double[] expected,
        double[] variance,
        Outcome kind,
        double shrinkage) {
      int agentsCount = agents.size();
      double[] observedSum = new double[agentsCount];
      double[] expectedSum = new double[agentsCount];
      double[] varianceSum = new double[agentsCount];
      int[] count = new int[agentsCount];
      for (int r = 0; r < y.length; r++) {
        int a = agentRows[r];
        if (kind == Outcome.LOG_DURATION) {
          observedSum[a] += y[r];
          expectedSum[a] += expected[r];
        } else {
          observedSum[a] += y[r];
          expectedSum[a] += expected[r];
        }
        varianceSum[a] += variance[r];
        count[a]++;
      }
      Measured measured = new Measured(agentsCount);
      for (int a = 0; a < agentsCount; a++) {
        int n = count[a];
        measured.observations[a] = n;
        if (n == 0) {
          continue;
        }
        if (kind == Outcome.LOG_DURATION) {
          double shrunk = (observedSum[a] - expectedSum[a]) / (n + shrinkage);
          double half = z * Math.sqrt(varianceSum[a] / n) / Math.sqrt(n + shrinkage);
          measured.value[a] = Math.exp(observedSum[a] / n);
          measured.expected[a] = Math.exp(expectedSum[a] / n);
          measured.ratio[a] = Math.exp(shrunk);
          measured.low[a] = Math.exp(shrunk - half);
          measured.high[a] = Math.exp(shrunk + half);
        } else {
          double prior = shrinkage * expectedSum[a] / n;
          if (kind == Outcome.RATE && shrinkage > 0) {
            // A rare outcome is judged on at least a few expected events, not on a handful of
            // tickets: three complaints in three tickets must not look like a twentyfold rate.
            prior = Math.max(prior, MIN_PRIOR_EVENTS);
          }
          double denominator = expectedSum[a] + prior;
          if (!(denominator > 0)) {
            denominator = 1e-9;
          }
          double ratio = (observedSum[a] + prior) / denominator;
          // Rates: the spread of a gamma posterior with the prior's weight; means: the spread of
          // the observed sum around its expectation.
          double spread =
              kind == Outcome.RATE ? Math.sqrt(observedSum[a] + prior) : Math.sqrt(varianceSum[a]);
          double half = z * spread / denominator;
          measured.value[a] = observedSum[a] / n;
          measured.expected[a] = expectedSum[a] / n;
          measured.ratio[a] = ratio;
          measured.low[a] = Math.max(0, ratio - half);
          measured.high[a] = ratio + half;
        }
      }
      return measured;
    }

    /**
     * Each ticket's case mix: ln(customer difficulty), then indicators of priority (against
     * urgent), channel (against phone) and the most frequent categories (against the rest).
     */
    private static double[][] caseMix(
        List<TicketFacts> tickets, DifficultyGrading grading, Instant periodEnd) {
      Map<String, Long> frequency =
          tickets.stream()
              .collect(
                  Collectors.groupingBy(
                      TicketFacts::category, TreeMap::new, Collectors.counting()));
      List<String> categories =
          frequency.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Long>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(CATEGORY_TERMS)
              .map(Map.Entry::getKey)
              .toList();
      // The last category listed stays the reference level when every category has a term.
      List<String> terms =
          categories.size() == frequency.size() && !categories.isEmpty()
              ? categories.subList(0, categories.size() - 1)
              : categories;
      Map<String, Integer> categoryTerm = new HashMap<>();
      for (int c = 0; c < terms.size(); c++) {
        categoryTerm.put(terms.get(c), c);
      }
      Priority[] priorities = Priority.values();
      Channel[] channels = Channel.values();
      int width = 1 + (priorities.length - 1) + (channels.length - 1) + terms.size() + 2;
      double[][] rows = new double[tickets.size()][];
      Function<TicketFacts, double[]> row =
          ticket -> {
            double[] x = new double[width];
            x[0] = Math.log(grading.coefficient(ticket.customerId()));
            if (ticket.priority().ordinal() > 0) {
              x[ticket.priority().ordinal()] = 1;
            }
            if (ticket.channel().ordinal() > 0) {
              x[priorities.length - 1 + ticket.channel().ordinal()] = 1;
            }
            Integer term = categoryTerm.get(ticket.category());
            if (term != null) {
              x[priorities.length + channels.length - 1 + term] = 1;
            }
            // Tickets raised shortly before the period's end had less time to reach an outcome.
            long hoursLeft = Duration.between(ticket.createdAt(), periodEnd).toHours();
            if (hoursLeft < 48) {
              x[width - 2] = 1;
            } else if (hoursLeft < 168) {
              x[width - 1] = 1;
            }
            return x;
          };
      for (int i = 0; i < tickets.size(); i++) {
        rows[i] = row.apply(tickets.get(i));
      }
      return rows;
    }
  }
}
