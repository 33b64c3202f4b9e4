package dev.heng.domain.evaluation;

import dev.heng.domain.knowledge.KnowledgeActivity;
import dev.heng.domain.knowledge.KnowledgeCreditCalculator;
import dev.heng.domain.knowledge.KnowledgeCreditRules;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.scoring.CustomerDifficulty;
import dev.heng.domain.scoring.DifficultyGrading;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScorecardCalculator;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.scoring.Statistics;
import dev.heng.domain.scoring.TicketFacts;
import dev.heng.domain.simulation.HiddenTruth;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores a synthetic tenant two ways, raw counts and Heng's model, and measures each against the
 * hidden truth the tenant was drawn from, and against itself: how far scores of two halves of the
 * tenant's tickets agree. A third scoring, Heng's model told every customer's hidden difficulty
 * instead of grading the customers, shows how much closer to skill the card could come if the
 * grading were perfect. The scored period is the calendar month of the last simulated day.
 */
public final class ScoringEvaluation {

  /** How far a rank may stray from the hidden-skill rank before it counts as moved. */
  static final int RANK_MOVE_PLACES = 10;

  /**
   * The figures of both methods on one synthetic tenant.
   *
   * @param agents agents scored
   * @param tickets tickets in the tenant
   * @param raw the raw method's figures
   * @param heng Heng's figures
   * @param known the figures of Heng's model scoring on the customers' hidden difficulties instead
   *     of their graded ones (and so, through the workload coefficient, on nearly the agents'
   *     hidden load)
   * @param hengMetrics each agent Heng scored, with its normalised metrics, for {@link
   *     #fittedWeighting}
   * @param knownMetrics the same for the scoring on hidden difficulties
   */
  public record Report(
      int agents,
      int tickets,
      MethodFigures raw,
      MethodFigures heng,
      MethodFigures known,
      List<AgentMetrics> hengMetrics,
      List<AgentMetrics> knownMetrics) {

    /** Keeps unmodifiable copies of the agents' metrics. */
    public Report {
      hengMetrics = List.copyOf(hengMetrics);
      knownMetrics = List.copyOf(knownMetrics);
    }
  }

  /**
   * One agent's hidden skill and its normalised metrics (0..100) in the card's order, 50 where it
   * had no data.
   */
  public record AgentMetrics(double skill, List<Double> normalised) {

    /** Keeps an unmodifiable copy of the metrics. */
    public AgentMetrics {
      normalised = List.copyOf(normalised);
    }
  }

  /**
   * How closely the card's metrics follow skill when weighted by a fit to the skill itself.
   *
   * @param spearman mean rank correlation with hidden skill over the reports
   * @param percentileError mean percentile error over the reports
   */
  public record FittedWeighting(double spearman, double percentileError) {}

  /**
   * Generates the tenant of {@code parameters}, scores it with the default configuration raw, with
   * Heng's model, and with Heng's model on the hidden difficulties, and compares each with the
   * truth.
   */
  public Report evaluate(SimulationParameters parameters) {
    SyntheticTenant tenant = new SyntheticTenantGenerator().generate(parameters);
    ScoringPeriod period = period(parameters);
    ScoringInput input = input(tenant, period, ticket -> true);
    ScoringInput firstHalf = input(tenant, period, ticket -> half(ticket) == 0);
    ScoringInput secondHalf = input(tenant, period, ticket -> half(ticket) == 1);
    Function<ScoringInput, ScoringResult> raw =
        in -> score(in, ScorecardCalculator.Adjustment.NONE);
    Function<ScoringInput, ScoringResult> heng =
        in -> score(in, ScorecardCalculator.Adjustment.CASE_MIX);
    Function<ScoringInput, ScoringResult> known = in -> scoreOnHiddenDifficulty(in, tenant.truth());
    List<Scorecard> hengCards = heng.apply(input).scorecards();
    List<Scorecard> knownCards = known.apply(input).scorecards();
    return new Report(
        hengCards.size(),
        tenant.tickets().size(),
        figures(
            raw.apply(input).scorecards(), tenant.truth(), reliability(firstHalf, secondHalf, raw)),
        figures(hengCards, tenant.truth(), reliability(firstHalf, secondHalf, heng)),
        figures(knownCards, tenant.truth(), reliability(firstHalf, secondHalf, known)),
        agentMetrics(hengCards, tenant.truth()),
        agentMetrics(knownCards, tenant.truth()));
  }

  private static List<AgentMetrics> agentMetrics(List<Scorecard> cards, HiddenTruth truth) {
    return cards.stream()
        .map(
            card ->
                new AgentMetrics(
                    truth.agentSkill().get(card.agentId()),
                    card.dimensions().stream()
                        .flatMap(dimension -> dimension.metrics().stream())
                        .map(metric -> metric.normalised() == null ? 50.0 : metric.normalised())
                        .toList()))
        .toList();
  }

  /**
   * How close to skill Heng's normalised metrics come when weighted by a fit to the skill itself:
   * weights and a constant fitted by least squares to the hidden skill over every agent of every
   * report, then each report's agents scored with them and compared with skill as the methods are.
   * The weights know the hidden skill and are fitted to the very agents they score, so this is a
   * reference for what reweighting the card could reach, not a strict ceiling: least squares does
   * not maximise a rank correlation, and a weighting a little better on one figure may exist. A
   * goal well beyond it needs better metrics, not other weights.
   *
   * @param tenants each tenant's agents with their metrics, such as every report's {@link
   *     Report#hengMetrics()}
   * @throws IllegalArgumentException if there are no agents
   */
  public static FittedWeighting fittedWeighting(List<List<AgentMetrics>> tenants) {
    List<double[]> rows = new ArrayList<>();
    List<Double> skills = new ArrayList<>();
    for (List<AgentMetrics> tenant : tenants) {
      for (AgentMetrics agent : tenant) {
        rows.add(row(agent));
        skills.add(agent.skill());
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the tenants hold no agents");
    }
    double[] weights =
        Statistics.leastSquares(
            rows.toArray(double[][]::new),
            skills.stream().mapToDouble(Double::doubleValue).toArray());
    double spearman = 0;
    double error = 0;
    for (List<AgentMetrics> tenant : tenants) {
      double[] score = new double[tenant.size()];
      double[] skill = new double[score.length];
      for (int i = 0; i < score.length; i++) {
        AgentMetrics agent = tenant.get(i);
        double[] row = row(agent);
        for (int k = 0; k < row.length; k++) {
          score[i] += weights[k] * row[k];
        }
        skill[i] = agent.skill();
      }
      spearman += Statistics.spearman(score, skill);
      error += percentileError(score, skill);
    }
    return new FittedWeighting(spearman / tenants.size(), error / tenants.size());
  }

  private static double[] row(AgentMetrics agent) {
    double[] row = new double[agent.normalised().size() + 1];
    row[0] = 1;
    for (int k = 0; k < agent.normalised().size(); k++) {
      row[k + 1] = agent.normalised().get(k);
    }
    return row;
  }

  /** Mean absolute difference of score and skill percentiles, in points; NaN without agents. */
  private static double percentileError(double[] score, double[] skill) {
    double[] scorePercentiles = Statistics.percentiles(score);
    double[] skillPercentiles = Statistics.percentiles(skill);
    double error = 0;
    for (int i = 0; i < score.length; i++) {
      error += Math.abs(scorePercentiles[i] - skillPercentiles[i]);
    }
    return score.length == 0 ? Double.NaN : error / score.length;
  }

  /**
   * The tenant's records with only the tickets {@code keep} accepts, knowledge credit and use
   * included.
   */
  private static ScoringInput input(
      SyntheticTenant tenant, ScoringPeriod period, Predicate<Ticket> keep) {
    List<Ticket> tickets = tenant.tickets().stream().filter(keep).toList();
    KnowledgeActivity activity =
        KnowledgeActivity.of(
            tenant.articles(), tickets, tenant.events(), period.from(), period.to());
    return new ScoringInput(
            period,
            tenant.agents(),
            tenant.customers(),
            tickets.stream().map(ScoringEvaluation::facts).toList(),
            tenant.contributions())
        .withKnowledge(
            new KnowledgeCreditCalculator(KnowledgeCreditRules.DEFAULT)
                .creditByAgent(period.from(), period.to(), activity))
        .withKnowledgeUse(activity.use(period.from(), period.to()));
  }

  private static ScoringResult score(
      ScoringInput input, ScorecardCalculator.Adjustment adjustment) {
    return new ScorecardCalculator().score(input, ScoringConfig.defaults(), 0, adjustment);
  }

  /**
   * Heng's model with every customer graded at its hidden difficulty, each counting its tickets of
   * the grading window as the grader would.
   */
  static ScoringResult scoreOnHiddenDifficulty(ScoringInput input, HiddenTruth truth) {
    ScoringConfig config = ScoringConfig.defaults();
    Instant from = ScorecardCalculator.historyStart(input.period(), config);
    Map<String, Integer> tickets = new HashMap<>();
    for (TicketFacts ticket : input.tickets()) {
      if (!ticket.createdAt().isBefore(from) && ticket.createdAt().isBefore(input.period().to())) {
        tickets.merge(ticket.customerId(), 1, Integer::sum);
      }
    }
    Map<String, CustomerDifficulty> customers = new HashMap<>();
    for (Customer customer : input.customers()) {
      String id = customer.externalId();
      customers.put(
          id,
          new CustomerDifficulty(
              id,
              customer.agentId(),
              truth.customerDifficulty().get(id),
              tickets.getOrDefault(id, 0),
              1.0,
              List.of()));
    }
    DifficultyGrading grading =
        new DifficultyGrading(
            DifficultyGrading.Source.CONFIGURED, Map.of(), Map.of(), 0, customers);
    return new ScorecardCalculator()
        .score(input, grading, config, 0, ScorecardCalculator.Adjustment.CASE_MIX);
  }

  /** Which half a ticket falls in, 0 or 1, by its external id: the same on every run. */
  private static int half(Ticket ticket) {
    return ticket.externalId().hashCode() & 1;
  }

  /**
   * The split-half reliability of the method's totals over the agents scored in both halves, or NaN
   * with fewer than three such agents.
   */
  static double reliability(
      ScoringInput firstHalf,
      ScoringInput secondHalf,
      Function<ScoringInput, ScoringResult> scoring) {
    Map<String, Double> first = totals(scoring.apply(firstHalf).scorecards());
    Map<String, Double> second = totals(scoring.apply(secondHalf).scorecards());
    List<String> agents = first.keySet().stream().filter(second::containsKey).sorted().toList();
    if (agents.size() < 3) {
      return Double.NaN;
    }
    double halves =
        Statistics.spearman(
            agents.stream().mapToDouble(first::get).toArray(),
            agents.stream().mapToDouble(second::get).toArray());
    return 2 * halves / (1 + halves);
  }

  private static Map<String, Double> totals(List<Scorecard> scorecards) {
    Map<String, Double> totals = new HashMap<>();
    for (Scorecard card : scorecards) {
      totals.put(card.agentId(), card.total());
    }
    return totals;
  }

  /**
   * The calendar month of the last simulated day. Earlier days, when the simulation has them, serve
   * as the history customers are graded on, as a tenant's earlier months would.
   */
  static ScoringPeriod period(SimulationParameters parameters) {
    LocalDate last = parameters.start().plusDays(parameters.days() - 1L);
    return ScoringPeriod.parse(String.format("%d-%02d", last.getYear(), last.getMonthValue()));
  }

  /** Compares scores with the truth, beside the scores' reliability. */
  static MethodFigures figures(List<Scorecard> scorecards, HiddenTruth truth, double reliability) {
    int n = scorecards.size();
    double[] score = new double[n];
    double[] skill = new double[n];
    double[] load = new double[n];
    double[] difficulty = new double[n];
    for (int i = 0; i < n; i++) {
      Scorecard card = scorecards.get(i);
      score[i] = card.total();
      skill[i] = truth.agentSkill().get(card.agentId());
      load[i] = truth.agentLoad().get(card.agentId());
      difficulty[i] = truth.poolDifficulty().get(card.agentId());
    }
    double[] scoreRanks = Statistics.ranks(score);
    double[] skillRanks = Statistics.ranks(skill);
    int moved = 0;
    for (int i = 0; i < n; i++) {
      if (Math.abs(scoreRanks[i] - skillRanks[i]) > RANK_MOVE_PLACES) {
        moved++;
      }
    }
    return new MethodFigures(
        Statistics.spearman(score, skill),
        percentileError(score, skill),
        Statistics.partialCorrelation(score, load, skill),
        Statistics.partialCorrelation(score, difficulty, skill),
        n == 0 ? Double.NaN : (double) moved / n,
        reliability);
  }

  private static TicketFacts facts(Ticket ticket) {
    return TicketFacts.of(ticket);
  }
}
