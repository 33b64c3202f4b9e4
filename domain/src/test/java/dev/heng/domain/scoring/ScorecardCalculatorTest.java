package dev.heng.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.heng.domain.knowledge.KnowledgeCredit;
import dev.heng.domain.knowledge.KnowledgeUse;
import dev.heng.domain.knowledge.RetrievalEfficiency;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Priority;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScorecardCalculatorTest {

  private final ScorecardCalculator calculator = new ScorecardCalculator();

  @Test
  void ranksTheAgentWithTheHarderPoolByWhatItsPoolPredicted() {
    ScoringInput input = briefExample().input();
    ScoringConfig config = onlyMetric(Metric.COMPLAINT_RATE);

    ScoringResult raw = calculator.score(input, config, 0, ScorecardCalculator.Adjustment.NONE);
    ScoringResult heng = calculator.score(input, config, 0);

    assertThat(rank(raw, "a")).isLessThan(rank(raw, "b"));
    assertThat(rank(heng, "b")).isLessThan(rank(heng, "a"));
    MetricScore a = metric(heng, "a", Metric.COMPLAINT_RATE);
    MetricScore b = metric(heng, "b", Metric.COMPLAINT_RATE);
    assertThat(a.value()).isEqualTo(0.10);
    assertThat(b.value()).isEqualTo(0.16);
    assertThat(b.expected()).isGreaterThan(2 * a.expected());
    assertThat(a.ratio()).isGreaterThan(1);
    assertThat(b.ratio()).isLessThan(1);
    assertThat(card(heng, "b").poolDifficulty()).isGreaterThan(card(heng, "a").poolDifficulty());
    assertThat(card(heng, "b").workload().coefficient())
        .isGreaterThan(card(heng, "a").workload().coefficient());
  }

  @Test
  void ignoresTicketsRaisedBeforeTheGradingWindowOrAfterThePeriod() {
    ScoringInput exact = briefExample().input();
    List<TicketFacts> wider = new java.util.ArrayList<>(exact.tickets());
    for (TicketFacts ticket : exact.tickets()) {
      wider.add(shifted(ticket, "early-", -190));
      wider.add(shifted(ticket, "late-", 35));
    }
    ScoringInput widened =
        new ScoringInput(
            exact.period(), exact.agents(), exact.customers(), wider, exact.contributions());

    ScoringResult expected = calculator.score(exact, ScoringConfig.defaults(), 0);
    ScoringResult actual = calculator.score(widened, ScoringConfig.defaults(), 0);

    assertThat(actual.scorecards()).isEqualTo(expected.scorecards());
    assertThat(actual.grading()).isEqualTo(expected.grading());
  }

  private static TicketFacts shifted(TicketFacts ticket, String prefix, int days) {
    return new TicketFacts(
        prefix + ticket.ticketId(),
        ticket.customerId(),
        ticket.assigneeId(),
        ticket.channel(),
        ticket.category(),
        ticket.priority(),
        ticket.createdAt().plus(java.time.Duration.ofDays(days)),
        ticket.firstResponseSeconds(),
        !ticket.resolved(),
        ticket.reopenCount() + 1,
        1,
        !ticket.complaint(),
        !ticket.escalated(),
        ticket.handleSeconds() == null ? null : ticket.handleSeconds() * 3);
  }

  @Test
  void keepsASmallSampleAwayFromTheExtremes() {
    CraftedTenant tenant = background().agent("newcomer", "team-1");
    tenant.customers("newcomer", 3, false, 3);

    MetricScore complaints =
        metric(
            calculator.score(tenant.input(), onlyMetric(Metric.COMPLAINT_RATE), 0),
            "newcomer",
            Metric.COMPLAINT_RATE);

    assertThat(complaints.value()).isEqualTo(1.0);
    assertThat(complaints.ratio()).isBetween(1.0, 2.5);
    assertThat(complaints.observations()).isEqualTo(3);
    assertThat(complaints.high() - complaints.low()).isGreaterThan(0.5);
  }

  @Test
  void givesTheWeightOfAMetricWithoutDataToItsDimension() {
    CraftedTenant tenant = briefExample();

    Scorecard card = card(calculator.score(tenant.input(), ScoringConfig.defaults(), 3), "a");

    MetricScore training = metricOf(card, Metric.TRAINING);
    assertThat(training.normalised()).isNull();
    assertThat(training.effectiveWeight()).isZero();
    MetricScore suggestions = metricOf(card, Metric.ADOPTED_SUGGESTIONS);
    assertThat(suggestions.effectiveWeight()).isEqualTo(10.0, offset(1e-9));
    double weights =
        card.dimensions().stream()
            .flatMap(dimension -> dimension.metrics().stream())
            .mapToDouble(MetricScore::effectiveWeight)
            .sum();
    assertThat(weights).isEqualTo(100.0, offset(1e-9));
    assertThat(card.configVersion()).isEqualTo(3);
    assertThat(card.total()).isBetween(0.0, 100.0);
  }

  @Test
  void scoresAnAgentNoLowerWhenItsCustomersAreHarderAndItsOutcomesTheSame() {
    ScoringConfig config = withConfiguredDifficulty(ScoringConfig.defaults());
    for (String agentId : new String[] {"a", "bg-1", "bg-4", "bg-7"}) {
      CraftedTenant tenant = briefExample();
      double before = card(calculator.score(tenant.input(), config, 0), agentId).total();

      List<dev.heng.domain.record.Customer> harder =
          tenant.customers.stream()
              .map(
                  customer ->
                      agentId.equals(customer.agentId())
                          ? CraftedTenant.customer(customer.externalId(), agentId, true)
                          : customer)
              .toList();
      ScoringInput harderInput =
          new ScoringInput(
              CraftedTenant.PERIOD, tenant.agents, harder, tenant.tickets, tenant.contributions);
      double after = card(calculator.score(harderInput, config, 0), agentId).total();

      assertThat(after).as(agentId).isGreaterThanOrEqualTo(before - 1e-9);
    }
  }

  @Test
  void creditsKnowledgeContributionAgainstPeersAndDropsItWhenNobodyEarnedAny() {
    ScoringInput input = briefExample().input();
    ScoringConfig config = onlyMetric(Metric.KNOWLEDGE_CONTRIBUTION);

    ScoringResult credited =
        calculator.score(
            input.withKnowledge(Map.of("a", credit("a", 4.0), "b", credit("b", 0.0))), config, 0);
    ScoringResult uncredited =
        calculator.score(input.withKnowledge(Map.of("b", credit("b", 0.0))), config, 0);

    MetricScore a = metricOf(card(credited, "a"), Metric.KNOWLEDGE_CONTRIBUTION);
    MetricScore b = metricOf(card(credited, "b"), Metric.KNOWLEDGE_CONTRIBUTION);
    MetricScore unnamed = metricOf(card(credited, "bg-1"), Metric.KNOWLEDGE_CONTRIBUTION);
    assertThat(a.value()).isEqualTo(4.0);
    assertThat(a.observations()).isEqualTo(3);
    assertThat(unnamed.value()).isZero();
    assertThat(a.normalised()).isGreaterThan(b.normalised());
    assertThat(rank(credited, "a")).isZero();
    assertThat(metricOf(card(uncredited, "a"), Metric.KNOWLEDGE_CONTRIBUTION).value()).isNull();
    assertThat(metricOf(card(uncredited, "a"), Metric.KNOWLEDGE_CONTRIBUTION).effectiveWeight())
        .isZero();
  }

  @Test
  void judgesKnowledgeRetrievalOnTheTicketsTheAssigneeSearchedFor() {
    ScoringInput input = briefExample().input().withKnowledgeUse(retrievalExample());
    ScoringConfig config = onlyMetric(Metric.KNOWLEDGE_RETRIEVAL);

    ScoringResult judged = calculator.score(input, config, 0);

    MetricScore a = metricOf(card(judged, "a"), Metric.KNOWLEDGE_RETRIEVAL);
    MetricScore b = metricOf(card(judged, "b"), Metric.KNOWLEDGE_RETRIEVAL);
    assertThat(a.value()).isEqualTo(0.8, offset(1e-9));
    assertThat(a.observations()).isEqualTo(30);
    assertThat(b.value()).isEqualTo(0.2, offset(1e-9));
    assertThat(a.ratio()).isGreaterThan(1);
    assertThat(b.ratio()).isLessThan(1);
    assertThat(a.normalised()).isGreaterThan(b.normalised());
    assertThat(metricOf(card(judged, "bg-0"), Metric.KNOWLEDGE_RETRIEVAL).observations())
        .as("only its own searches count")
        .isEqualTo(20);
  }

  @Test
  void givesKnowledgeRetrievalNoDataWhenNobodySearched() {
    ScoringInput input = briefExample().input();
    ScoringConfig config = onlyMetric(Metric.KNOWLEDGE_RETRIEVAL);
    KnowledgeUse linksOnly = new KnowledgeUse(Map.of(), retrievalExample().links());

    ScoringResult unknown = calculator.score(input, config, 0);
    ScoringResult unsearched = calculator.score(input.withKnowledgeUse(linksOnly), config, 0);

    for (ScoringResult result : List.of(unknown, unsearched)) {
      MetricScore a = metricOf(card(result, "a"), Metric.KNOWLEDGE_RETRIEVAL);
      assertThat(a.ratio()).isNull();
      assertThat(a.effectiveWeight()).isZero();
    }
  }

  @Test
  void leavesLoadOutOfKnowledgeRetrievalWhateverTheQualitySettings() {
    ScoringInput input = briefExample().input().withKnowledgeUse(retrievalExample());
    ScoringConfig withLoad = onlyMetric(Metric.KNOWLEDGE_RETRIEVAL);
    ScoringConfig withoutLoad =
        new ScoringConfig(
            withLoad.difficulty(),
            withLoad.workload(),
            new QualitySettings(
                withLoad.quality().shrinkageTickets(), false, withLoad.quality().intervalLevel()),
            withLoad.metrics(),
            0);

    ScoringResult loaded = calculator.score(input, withLoad, 0);
    ScoringResult unloaded = calculator.score(input, withoutLoad, 0);

    assertThat(withLoad.quality().adjustForLoad()).isTrue();
    for (String agent : List.of("a", "b", "bg-3")) {
      assertThat(metricOf(card(loaded, agent), Metric.KNOWLEDGE_RETRIEVAL))
          .isEqualTo(metricOf(card(unloaded, agent), Metric.KNOWLEDGE_RETRIEVAL));
    }
  }

  /**
   * The brief's example with searches: A links 4 of every 5 tickets it searched for, B 1 of 5, the
   * rest every other one; a sixth of the links come without a recorded search. The second half of
   * bg-0's tickets were searched for by a colleague, which does not count for bg-0.
   */
  private static KnowledgeUse retrievalExample() {
    Map<String, Set<String>> searches = new HashMap<>();
    Map<String, Set<String>> links = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (TicketFacts ticket : briefExample().input().tickets()) {
      String agent = ticket.assigneeId();
      int n = seen.merge(agent, 1, Integer::sum);
      if (agent.equals("bg-0") && n > 20) {
        searches.put(ticket.ticketId(), Set.of("bg-1"));
        continue;
      }
      boolean link =
          switch (agent) {
            case "a" -> n % 5 != 0;
            case "b" -> n % 5 == 0;
            default -> n % 2 == 0;
          };
      if (link) {
        links.put(ticket.ticketId(), Set.of(agent));
      }
      if (!link || n % 3 != 0) {
        searches.put(ticket.ticketId(), Set.of(agent));
      }
    }
    return new KnowledgeUse(searches, links);
  }

  private static KnowledgeCredit credit(String agentId, double points) {
    return new KnowledgeCredit(
        agentId,
        CraftedTenant.PERIOD.from(),
        CraftedTenant.PERIOD.to(),
        1,
        0,
        points > 0 ? 2 : 0,
        0,
        0,
        0,
        null,
        0.3,
        points - 0.3,
        points,
        List.of(),
        new RetrievalEfficiency(0, 0, 0, null));
  }

  @Test
  void givesTheSameNumbersWhenRunAgain() {
    ScoringInput input = briefExample().input();

    ScoringResult first = calculator.score(input, ScoringConfig.defaults(), 1);
    ScoringResult second = calculator.score(input, ScoringConfig.defaults(), 1);

    assertThat(second.scorecards()).isEqualTo(first.scorecards());
  }

  @Test
  void takesTheDifficultyOfASuppliedGradingForPoolsAndWorkload() {
    ScoringInput input = briefExample().input();
    Map<String, CustomerDifficulty> customers = new HashMap<>();
    input
        .customers()
        .forEach(
            customer ->
                customers.put(
                    customer.externalId(),
                    new CustomerDifficulty(
                        customer.externalId(),
                        customer.agentId(),
                        customer.agentId().equals("b") ? 2.0 : 1.0,
                        1,
                        1.0,
                        List.of())));
    DifficultyGrading grading =
        new DifficultyGrading(
            DifficultyGrading.Source.CONFIGURED, Map.of(), Map.of(), 0, customers);

    ScoringResult result =
        calculator.score(
            input, grading, ScoringConfig.defaults(), 0, ScorecardCalculator.Adjustment.CASE_MIX);

    assertThat(card(result, "b").poolDifficulty()).isEqualTo(2.0, offset(1e-12));
    assertThat(card(result, "b").workload().difficultyFactor()).isEqualTo(2.0, offset(1e-12));
    assertThat(card(result, "a").poolDifficulty()).isEqualTo(1.0, offset(1e-12));
    assertThat(result.grading()).isSameAs(grading);
  }

  @Test
  void refusesToScoreWithoutAGrading() {
    assertThatThrownBy(
            () ->
                calculator.score(
                    briefExample().input(),
                    null,
                    ScoringConfig.defaults(),
                    0,
                    ScorecardCalculator.Adjustment.CASE_MIX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grading must not be null");
  }

  @Test
  void refusesAConfigurationWithProblems() {
    ScoringConfig broken =
        new ScoringConfig(
            DifficultySettings.defaults(),
            WorkloadSettings.defaults(),
            QualitySettings.defaults(),
            List.of(new MetricSetting(Metric.SATISFACTION, 40, Normalisation.peers())),
            0);

    assertThatThrownBy(() -> calculator.score(briefExample().input(), broken, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights must sum to 100");
  }

  /**
   * The brief's example among ten colleagues with mixed pools: A keeps 30 easy customers and 3
   * complain; B keeps 50 hard customers and 8 complain.
   */
  static CraftedTenant briefExample() {
    CraftedTenant tenant = background();
    tenant.agent("a", "team-1").agent("b", "team-1");
    tenant.customers("a", 30, false, 3);
    tenant.customers("b", 50, true, 8);
    return tenant;
  }

  /** Ten agents with 20 easy and 20 hard customers each, complaining at the usual rates. */
  static CraftedTenant background() {
    CraftedTenant tenant = new CraftedTenant();
    for (int i = 0; i < 10; i++) {
      String id = "bg-" + i;
      tenant.agent(id, i < 5 ? "team-1" : "team-2");
      tenant.customers(id, 20, false, i % 2);
      tenant.customers(id, 20, true, 4);
    }
    return tenant;
  }

  private static ScoringConfig withConfiguredDifficulty(ScoringConfig config) {
    return new ScoringConfig(
        new DifficultySettings(
            DifficultySettings.WeightSource.CONFIGURED,
            Map.of(
                DifficultyDimension.SEGMENT, 0.1,
                DifficultyDimension.PRODUCT_COMPLEXITY, 0.2,
                DifficultyDimension.SERVICE_WINDOW, 0.1),
            180,
            3),
        config.workload(),
        config.quality(),
        config.metrics(),
        config.teamBonusPoints());
  }

  @Test
  void judgesTheReactionGivenTheWaitForTheFirstAnswerWhenTheCardJudgesTheWait() {
    // Every customer rates 5 after a two-minute wait and 3 after an hour, and one in ten complains
    // after a short wait, one in two after a long one. Agent "slow" kept three quarters of its
    // customers waiting an hour, the others a quarter.
    CraftedTenant tenant = new CraftedTenant();
    for (int a = 0; a < 8; a++) {
      String agentId = a == 0 ? "slow" : "quick-" + a;
      tenant.agent(agentId, "team-1");
      int waits = 0;
      int answers = 0;
      for (int i = 0; i < 40; i++) {
        String customerId = agentId + "-c" + i;
        tenant.customers.add(CraftedTenant.customer(customerId, agentId, false));
        boolean waited = a == 0 ? i % 4 != 0 : i % 4 == 0;
        boolean complaint = waited ? waits++ % 2 == 0 : answers++ % 10 == 0;
        tenant.tickets.add(
            reaction(
                tenant.tickets.size(),
                customerId,
                agentId,
                waited ? 3_600L : 120L,
                waited ? 3 : 5,
                complaint));
      }
    }
    ScoringConfig card =
        withMetrics(
            ScoringConfig.defaults().quality(),
            new MetricSetting(Metric.FIRST_RESPONSE, 40, Normalisation.peers()),
            new MetricSetting(Metric.SATISFACTION, 30, Normalisation.peers()),
            new MetricSetting(Metric.COMPLAINT_RATE, 30, Normalisation.peers()));
    QualitySettings quality = card.quality();
    ScoringConfig unadjusted =
        withMetrics(
            new QualitySettings(quality.shrinkageTickets(), false, quality.intervalLevel()),
            card.metrics().toArray(MetricSetting[]::new));
    ScoringConfig withoutWait =
        withMetrics(
            quality,
            new MetricSetting(Metric.SATISFACTION, 50, Normalisation.peers()),
            new MetricSetting(Metric.COMPLAINT_RATE, 50, Normalisation.peers()));

    ScoringResult judged = calculator.score(tenant.input(), card, 0);
    ScoringResult plain = calculator.score(tenant.input(), unadjusted, 0);
    ScoringResult unjudged = calculator.score(tenant.input(), withoutWait, 0);

    MetricScore satisfaction = metric(judged, "slow", Metric.SATISFACTION);
    assertThat(satisfaction.value()).isEqualTo(3.5);
    assertThat(satisfaction.ratio()).isCloseTo(1.0, offset(0.01));
    assertThat(metric(judged, "slow", Metric.COMPLAINT_RATE).ratio()).isCloseTo(1.0, offset(0.05));
    assertThat(metric(judged, "slow", Metric.FIRST_RESPONSE).ratio()).isGreaterThan(2.0);
    for (ScoringResult unadjustedForWait : List.of(plain, unjudged)) {
      assertThat(metric(unadjustedForWait, "slow", Metric.SATISFACTION).ratio()).isLessThan(0.9);
      assertThat(metric(unadjustedForWait, "slow", Metric.COMPLAINT_RATE).ratio())
          .isGreaterThan(1.3);
    }
  }

  @Test
  void judgesTheReactionToAnAnswerThatNeverCameAsPartOfTheWait() {
    // Every customer rates 5 after a two-minute wait and 2 when nobody ever answered. Agent
    // "silent" left three quarters of its customers without an answer, the others a quarter.
    CraftedTenant tenant = new CraftedTenant();
    for (int a = 0; a < 8; a++) {
      String agentId = a == 0 ? "silent" : "quick-" + a;
      tenant.agent(agentId, "team-1");
      for (int i = 0; i < 40; i++) {
        String customerId = agentId + "-c" + i;
        tenant.customers.add(CraftedTenant.customer(customerId, agentId, false));
        boolean unanswered = a == 0 ? i % 4 != 0 : i % 4 == 0;
        tenant.tickets.add(
            reaction(
                tenant.tickets.size(),
                customerId,
                agentId,
                unanswered ? null : 120L,
                unanswered ? 2 : 5,
                false));
      }
    }
    ScoringConfig card =
        withMetrics(
            ScoringConfig.defaults().quality(),
            new MetricSetting(Metric.FIRST_RESPONSE, 50, Normalisation.peers()),
            new MetricSetting(Metric.SATISFACTION, 50, Normalisation.peers()));

    MetricScore satisfaction =
        metric(calculator.score(tenant.input(), card, 0), "silent", Metric.SATISFACTION);

    assertThat(satisfaction.value()).isEqualTo(2.75);
    assertThat(satisfaction.ratio()).isCloseTo(1.0, offset(0.01));
  }

  private static ScoringConfig withMetrics(QualitySettings quality, MetricSetting... metrics) {
    ScoringConfig defaults = ScoringConfig.defaults();
    return new ScoringConfig(
        defaults.difficulty(), defaults.workload(), quality, List.of(metrics), 0);
  }

  private static TicketFacts reaction(
      int number,
      String customerId,
      String agentId,
      Long firstResponseSeconds,
      int rating,
      boolean complaint) {
    return new TicketFacts(
        String.format("r-%05d", number),
        customerId,
        agentId,
        Channel.CHAT,
        "billing",
        Priority.NORMAL,
        Instant.parse("2026-11-02T09:00:00Z").plusSeconds(3_600L * (number % 500)),
        firstResponseSeconds,
        true,
        0,
        rating,
        complaint,
        false,
        600);
  }

  static ScoringConfig onlyMetric(Metric metric) {
    ScoringConfig defaults = ScoringConfig.defaults();
    return new ScoringConfig(
        defaults.difficulty(),
        defaults.workload(),
        defaults.quality(),
        List.of(new MetricSetting(metric, 100, Normalisation.peers())),
        0);
  }

  private static int rank(ScoringResult result, String agentId) {
    List<String> order = result.scorecards().stream().map(Scorecard::agentId).toList();
    return order.indexOf(agentId);
  }

  static Scorecard card(ScoringResult result, String agentId) {
    Map<String, Scorecard> cards =
        result.scorecards().stream()
            .collect(Collectors.toMap(Scorecard::agentId, Function.identity()));
    return cards.get(agentId);
  }

  private static MetricScore metric(ScoringResult result, String agentId, Metric metric) {
    return metricOf(card(result, agentId), metric);
  }

  static MetricScore metricOf(Scorecard card, Metric metric) {
    return card.dimensions().stream()
        .flatMap(dimension -> dimension.metrics().stream())
        .filter(score -> score.metric() == metric)
        .findFirst()
        .orElseThrow();
  }
}
