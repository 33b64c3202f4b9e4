package dev.heng.domain.suggestion;

import static dev.heng.domain.suggestion.Figures.count;
import static dev.heng.domain.suggestion.Figures.name;
import static dev.heng.domain.suggestion.Figures.one;
import static dev.heng.domain.suggestion.Figures.two;

import dev.heng.domain.scoring.DimensionScore;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricScore;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of improvement suggestions. An agent is compared with its <em>peers</em>: the other
 * agents scored in the period whose effective workload coefficient {@code c} lies within {@code
 * band x max(c_agent, 0.1)} of the agent's; the band starts at {@link SuggestionSettings#peerBand}
 * and widens by {@link SuggestionSettings#bandStep} until it holds {@link
 * SuggestionSettings#minPeers} peers or every other scored agent (the floor of 0.1 gives an agent
 * without load peers too). Each metric the agent and a peer have data for is set against the peers'
 * median, in normalised points and in points of the total; a metric is <em>weak</em> when it is not
 * weighted volume, lies at least {@link SuggestionSettings#minGapPoints} below the median and the
 * median peer earns more points of the total from it. Each weak metric, largest contribution gap
 * first, gets next steps drawn from the tenant's own data: the articles its top performers reuse,
 * training that preceded improvement among the peers, and the agent's tickets that show the gap.
 *
 * <p>Instances are immutable and safe to share.
 */
public final class ImprovementAdvisor {

  /** The smallest coefficient the band is measured against, so that no load still has peers. */
  public static final double MIN_REFERENCE = 0.1;

  private static final double EPSILON = 1e-9;

  private final SuggestionSettings settings;
  private final ArticleFinder articles;
  private final TrainingFinder training;
  private final TicketFinder tickets;

  /**
   * @throws IllegalArgumentException if {@code settings} is null
   */
  public ImprovementAdvisor(SuggestionSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    this.settings = settings;
    this.articles = new ArticleFinder(settings);
    this.training = new TrainingFinder(settings);
    this.tickets = new TicketFinder(settings);
  }

  /** The settings in force. */
  public SuggestionSettings settings() {
    return settings;
  }

  /**
   * Chooses the agent's peers among the period's scorecards, as the class describes.
   *
   * @param agent the agent's scorecard
   * @param periodCards every scorecard of the period; the agent's own is skipped
   * @return the peers, none when no other agent was scored
   */
  public PeerGroup peers(Scorecard agent, List<Scorecard> periodCards) {
    double coefficient = agent.workload().coefficient();
    double reference = Math.max(coefficient, MIN_REFERENCE);
    List<Scorecard> others =
        periodCards.stream().filter(card -> !card.agentId().equals(agent.agentId())).toList();
    double farthest =
        others.stream()
            .mapToDouble(card -> Math.abs(card.workload().coefficient() - coefficient))
            .max()
            .orElse(0);
    double band = settings.peerBand();
    List<String> ids = within(others, coefficient, band * reference);
    while (ids.size() < Math.min(settings.minPeers(), others.size())
        && band * reference < farthest) {
      band += settings.bandStep();
      ids = within(others, coefficient, band * reference);
    }
    double reach = band * reference;
    return new PeerGroup(
        coefficient, band, Math.max(0, coefficient - reach), coefficient + reach, ids.size(), ids);
  }

  private static List<String> within(List<Scorecard> cards, double coefficient, double reach) {
    return cards.stream()
        .filter(card -> Math.abs(card.workload().coefficient() - coefficient) <= reach + EPSILON)
        .map(Scorecard::agentId)
        .sorted()
        .toList();
  }

  /**
   * Sets the agent's scorecard against its peers' in every dimension and metric.
   *
   * @param period the period the cards were scored for
   * @param agent the agent's scorecard
   * @param periodCards every scorecard of the period
   * @return the comparison; without dimensions and metrics when there are no peers
   */
  public PeerComparison compare(
      ScoringPeriod period, Scorecard agent, List<Scorecard> periodCards) {
    PeerGroup peers = peers(agent, periodCards);
    Set<String> ids = Set.copyOf(peers.agentIds());
    List<Scorecard> peerCards =
        periodCards.stream()
            .filter(card -> ids.contains(card.agentId()))
            .sorted(Comparator.comparing(Scorecard::agentId))
            .toList();
    List<MetricGap> metrics = new ArrayList<>();
    for (DimensionScore dimension : agent.dimensions()) {
      for (MetricScore score : dimension.metrics()) {
        MetricGap gap = metricGap(score, peerCards);
        if (gap != null) {
          metrics.add(gap);
        }
      }
    }
    metrics.sort(
        Comparator.comparingDouble(MetricGap::contributionGap)
            .reversed()
            .thenComparing(Comparator.comparingDouble(MetricGap::gapPoints).reversed())
            .thenComparing(MetricGap::metric));
    List<DimensionGap> dimensions = new ArrayList<>();
    for (DimensionScore dimension : agent.dimensions()) {
      DimensionGap gap = dimensionGap(dimension, peerCards, metrics);
      if (gap != null) {
        dimensions.add(gap);
      }
    }
    dimensions.sort(
        Comparator.comparingDouble(DimensionGap::contributionGap)
            .reversed()
            .thenComparing(DimensionGap::dimension));
    return new PeerComparison(period, agent, peers, peerCards, dimensions, metrics);
  }

  private MetricGap metricGap(MetricScore score, List<Scorecard> peerCards) {
    if (score.normalised() == null) {
      return null;
    }
    List<MetricScore> peerScores =
        peerCards.stream()
            .map(card -> Figures.metric(card, score.metric()))
            .filter(peer -> peer != null && peer.normalised() != null)
            .toList();
    if (peerScores.isEmpty()) {
      return null;
    }
    double peerMedian = Figures.median(peerScores.stream().map(MetricScore::normalised).toList());
    double peerContribution =
        Figures.median(peerScores.stream().map(MetricScore::contribution).toList());
    double gapPoints = peerMedian - score.normalised();
    double contributionGap = peerContribution - score.contribution();
    boolean weak =
        score.metric() != Metric.WEIGHTED_VOLUME
            && gapPoints > 0
            && gapPoints >= settings.minGapPoints()
            && contributionGap > 0;
    return new MetricGap(
        score.metric(),
        score.value(),
        Figures.medianOrNull(
            peerScores.stream().map(MetricScore::value).filter(Objects::nonNull).toList()),
        score.ratio(),
        Figures.medianOrNull(
            peerScores.stream().map(MetricScore::ratio).filter(Objects::nonNull).toList()),
        score.normalised(),
        peerMedian,
        gapPoints,
        score.contribution(),
        peerContribution,
        contributionGap,
        peerScores.size(),
        weak);
  }

  private static DimensionGap dimensionGap(
      DimensionScore dimension, List<Scorecard> peerCards, List<MetricGap> metrics) {
    List<DimensionScore> peers =
        peerCards.stream()
            .map(card -> Figures.dimension(card, dimension.dimension()))
            .filter(Objects::nonNull)
            .toList();
    if (peers.isEmpty()) {
      return null;
    }
    Double peerMedian =
        Figures.medianOrNull(
            peers.stream().map(DimensionScore::score).filter(Objects::nonNull).toList());
    double contribution = contribution(dimension);
    double peerContribution =
        Figures.median(peers.stream().map(ImprovementAdvisor::contribution).toList());
    boolean weak =
        metrics.stream()
            .anyMatch(gap -> gap.weak() && gap.metric().dimension() == dimension.dimension());
    return new DimensionGap(
        dimension.dimension(),
        dimension.score(),
        peerMedian,
        dimension.score() == null || peerMedian == null ? null : peerMedian - dimension.score(),
        contribution,
        peerContribution,
        peerContribution - contribution,
        weak);
  }

  private static double contribution(DimensionScore dimension) {
    return dimension.metrics().stream().mapToDouble(MetricScore::contribution).sum();
  }

  /**
   * The top performers among the peers on a metric: the peers with data whose normalised value is
   * at or above the peers' upper quartile (interpolated) and above the agent's.
   *
   * @return their ids, best first (ties by id)
   */
  public List<String> topPerformers(PeerComparison comparison, Metric metric) {
    MetricScore own = Figures.metric(comparison.agent(), metric);
    double agentValue =
        own == null || own.normalised() == null ? Double.NEGATIVE_INFINITY : own.normalised();
    record Ranked(String agentId, double normalised) {}
    List<Ranked> ranked = new ArrayList<>();
    for (Scorecard card : comparison.peerCards()) {
      MetricScore score = Figures.metric(card, metric);
      if (score != null && score.normalised() != null) {
        ranked.add(new Ranked(card.agentId(), score.normalised()));
      }
    }
    double upperQuartile = Figures.quantile(ranked.stream().map(Ranked::normalised).toList(), 0.75);
    return ranked.stream()
        .filter(peer -> peer.normalised() >= upperQuartile - EPSILON)
        .filter(peer -> peer.normalised() > agentValue)
        .sorted(
            Comparator.comparingDouble(Ranked::normalised)
                .reversed()
                .thenComparing(Ranked::agentId))
        .map(Ranked::agentId)
        .toList();
  }

  /**
   * The articles the metric's top performers reused in the period on tickets of the categories the
   * agent handles: the categories of its tickets raised in the period and of the tickets it linked
   * an article to. Only metrics of ticket handling (first response, resolution, satisfaction,
   * complaints, handle effort, knowledge retrieval, emotion recovery) get articles.
   */
  public ArticleAdvice articles(PeerComparison comparison, Metric metric, SuggestionEvidence e) {
    return articles.find(comparison, metric, topPerformers(comparison, metric), e);
  }

  /**
   * Training whose completion preceded improvement on the metric among the peers: each training
   * result of a peer completed in the {@link SuggestionSettings#trainingLookback} periods before
   * the asked one compares the peer's normalised value in the period before the completion's period
   * with its value in the asked period, both wholly outside the completion's period.
   */
  public TrainingAdvice training(PeerComparison comparison, Metric metric, SuggestionEvidence e) {
    return training.find(comparison, metric, e);
  }

  /** The agent's tickets raised in the period that show the metric's gap, worst first. */
  public TicketAdvice tickets(PeerComparison comparison, Metric metric, SuggestionEvidence e) {
    return tickets.find(comparison, metric, e);
  }

  /**
   * The labels of the earlier periods whose stored scorecards the training evidence reads: the
   * {@code trainingLookback + 1} periods before {@code period}, latest first.
   */
  public List<String> earlierPeriods(ScoringPeriod period) {
    return training.earlierPeriods(period);
  }

  /** The first instant of the training window: a completion at or after it, before the period. */
  public Instant trainingFrom(ScoringPeriod period) {
    return Periods.shift(period, -settings.trainingLookback()).from();
  }

  /**
   * Builds the plan: a suggestion for each weak metric, at most {@link
   * SuggestionSettings#maxSuggestions}, weakest first, and a summary sentence. Without a weak
   * metric the plan has no suggestion and its summary says so.
   */
  public ImprovementPlan advise(PeerComparison comparison, SuggestionEvidence evidence) {
    List<Suggestion> suggestions = new ArrayList<>();
    for (MetricGap gap :
        comparison.weakMetrics().stream().limit(settings.maxSuggestions()).toList()) {
      Metric metric = gap.metric();
      suggestions.add(
          new Suggestion(
              gap,
              gapSentence(gap),
              articles(comparison, metric, evidence),
              training(comparison, metric, evidence),
              tickets(comparison, metric, evidence)));
    }
    return new ImprovementPlan(
        comparison.agent().agentId(),
        comparison.period().label(),
        comparison.peers(),
        comparison.dimensions(),
        comparison.metrics(),
        suggestions,
        summary(comparison, suggestions.size()));
  }

  private static String gapSentence(MetricGap gap) {
    String ratios =
        gap.ratio() != null && gap.peerMedianRatio() != null
            ? " (observed over expected "
                + two(gap.ratio())
                + " against the peers' "
                + two(gap.peerMedianRatio())
                + ")"
            : "";
    return capitalised(name(gap.metric()))
        + " scores "
        + one(gap.normalised())
        + " of 100 against a median of "
        + one(gap.peerMedian())
        + " among "
        + count(gap.peersWithData(), "peer")
        + ratios
        + ": "
        + one(gap.gapPoints())
        + " points behind, worth "
        + one(gap.contributionGap())
        + " points of the total.";
  }

  private String summary(PeerComparison comparison, int suggestions) {
    PeerGroup peers = comparison.peers();
    String period = comparison.period().label();
    if (peers.size() == 0) {
      return "No other agent has a scorecard for "
          + period
          + ", so there are no peers to compare with and nothing to suggest.";
    }
    String against =
        "Against "
            + count(peers.size(), "peer")
            + " with comparable workload (coefficient "
            + two(peers.lowest())
            + " to "
            + two(peers.highest())
            + ")";
    List<MetricGap> weak = comparison.weakMetrics();
    if (weak.isEmpty()) {
      return against
          + " no metric of "
          + period
          + " lies "
          + one(settings.minGapPoints())
          + " or more points below the peers' median, so there is nothing to suggest.";
    }
    DimensionGap dimension =
        comparison.dimensions().stream().filter(DimensionGap::weak).findFirst().orElseThrow();
    MetricGap worst = weak.getFirst();
    return against
        + " the weakest dimension in "
        + period
        + " is "
        + dimension.dimension().key()
        + " ("
        + one(dimension.contributionGap())
        + " points of the total behind the peers' median) and the weakest metric "
        + name(worst.metric())
        + " ("
        + one(worst.gapPoints())
        + " points behind); "
        + (suggestions == 1
            ? "one suggestion follows."
            : suggestions + " suggestions follow, weakest first.")
        + (weak.size() > suggestions
            ? " "
                + count(weak.size() - suggestions, "more weak metric")
                + " "
                + (weak.size() - suggestions == 1 ? "is" : "are")
                + " listed among the metrics."
            : "");
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Ids joined for sentences. */
  static String joined(List<String> ids) {
    return String.join(", ", ids);
  }
}
