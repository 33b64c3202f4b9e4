package dev.heng.domain.suggestion;

import static dev.heng.domain.suggestion.CraftedCards.article;
import static dev.heng.domain.suggestion.CraftedCards.card;
import static dev.heng.domain.suggestion.CraftedCards.link;
import static dev.heng.domain.suggestion.CraftedCards.resolved;
import static dev.heng.domain.suggestion.CraftedCards.ticket;
import static dev.heng.domain.suggestion.CraftedCards.training;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.heng.domain.knowledge.ArticleLink;
import dev.heng.domain.knowledge.KnowledgeActivity;
import dev.heng.domain.knowledge.KnowledgeSearch;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScorecardDimension;
import dev.heng.domain.scoring.ScoringPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImprovementAdvisorTest {

  private static final ScoringPeriod NOVEMBER = ScoringPeriod.parse("2026-11");
  private static final Instant DURING = Instant.parse("2026-11-10T09:00:00Z");

  private final ImprovementAdvisor advisor = new ImprovementAdvisor(SuggestionSettings.DEFAULTS);

  /** Agent {@code me} at coefficient 1.0 with few complaints handled well, and five peers. */
  private final Scorecard me =
      card("me", 1.0, Map.of(Metric.COMPLAINT_RATE, 30.0, Metric.SATISFACTION, 50.0));

  private final List<Scorecard> november =
      List.of(
          me,
          card("p1", 0.9, Map.of(Metric.COMPLAINT_RATE, 90.0, Metric.SATISFACTION, 60.0)),
          card("p2", 1.1, Map.of(Metric.COMPLAINT_RATE, 80.0, Metric.SATISFACTION, 60.0)),
          card("p3", 1.15, Map.of(Metric.COMPLAINT_RATE, 70.0, Metric.SATISFACTION, 60.0)),
          card("p4", 0.85, Map.of(Metric.COMPLAINT_RATE, 60.0, Metric.SATISFACTION, 60.0)),
          card("p5", 1.2, Map.of(Metric.COMPLAINT_RATE, 50.0, Metric.SATISFACTION, 60.0)),
          card("far", 2.5, Map.of(Metric.COMPLAINT_RATE, 100.0, Metric.SATISFACTION, 100.0)));

  @Test
  void takesAsPeersTheAgentsWhoseCoefficientLiesWithinTheBand() {
    PeerGroup peers = advisor.peers(me, november);

    assertThat(peers.agentIds()).containsExactly("p1", "p2", "p3", "p4", "p5");
    assertThat(peers.band()).isEqualTo(0.2);
    assertThat(peers.lowest()).isCloseTo(0.8, offset(1e-9));
    assertThat(peers.highest()).isCloseTo(1.2, offset(1e-9));
  }

  @Test
  void widensTheBandStepByStepUntilItHoldsTheMinimumNumberOfPeers() {
    ImprovementAdvisor demanding =
        new ImprovementAdvisor(new SuggestionSettings(0.2, 0.1, 3, 5, 3, 3, 5));
    List<Scorecard> cards =
        List.of(
            me,
            card("near", 1.1, Map.of()),
            card("middle", 1.3, Map.of()),
            card("further", 0.65, Map.of()),
            card("far", 1.9, Map.of()));

    PeerGroup peers = demanding.peers(me, cards);

    assertThat(peers.agentIds()).containsExactly("further", "middle", "near");
    assertThat(peers.band()).isCloseTo(0.4, offset(1e-9));
  }

  @Test
  void takesEveryOtherAgentWhenTheTenantScoredFewerThanTheMinimum() {
    List<Scorecard> cards = List.of(me, card("a", 3.0, Map.of()), card("b", 0.2, Map.of()));

    PeerGroup peers = advisor.peers(me, cards);

    assertThat(peers.agentIds()).containsExactly("a", "b");
    assertThat(peers.highest()).isGreaterThanOrEqualTo(3.0);
  }

  @Test
  void measuresTheBandOfAnAgentWithoutLoadAgainstATenth() {
    Scorecard idle = card("idle", 0.0, Map.of());
    List<Scorecard> cards =
        List.of(idle, card("quiet", 0.02, Map.of()), card("busy", 1.0, Map.of()));

    PeerGroup peers = new ImprovementAdvisor(settingsWithMinPeers(1)).peers(idle, cards);

    assertThat(peers.agentIds()).containsExactly("quiet");
    assertThat(peers.highest()).isCloseTo(0.02, offset(1e-9));
  }

  @Test
  void ranksTheMetricWithTheLargestGapInPointsOfTheTotalWeakest() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);

    MetricGap weakest = comparison.weakMetrics().getFirst();
    assertThat(weakest.metric()).isEqualTo(Metric.COMPLAINT_RATE);
    assertThat(weakest.peerMedian()).isEqualTo(70.0);
    assertThat(weakest.gapPoints()).isEqualTo(40.0);
    assertThat(weakest.contributionGap()).isCloseTo(4.8, offset(1e-9));
    assertThat(weakest.peersWithData()).isEqualTo(5);
    assertThat(comparison.weakMetrics())
        .extracting(MetricGap::metric)
        .containsExactly(Metric.COMPLAINT_RATE, Metric.SATISFACTION);
    assertThat(comparison.dimensions().getFirst().dimension())
        .isEqualTo(ScorecardDimension.QUALITY);
    assertThat(comparison.dimensions().getFirst().weak()).isTrue();
    assertThat(comparison.dimensions().getFirst().contributionGap())
        .isCloseTo(4.8 + 1.6, offset(1e-9));
  }

  @Test
  void leavesAMetricLessThanTheMinimumGapBehindOutOfTheWeakOnes() {
    Scorecard close = card("me", 1.0, Map.of(Metric.COMPLAINT_RATE, 66.0));

    PeerComparison comparison = advisor.compare(NOVEMBER, close, replaceMe(close));

    MetricGap complaints = gap(comparison, Metric.COMPLAINT_RATE);
    assertThat(complaints.gapPoints()).isEqualTo(4.0);
    assertThat(complaints.weak()).isFalse();
  }

  @Test
  void neverCallsWeightedVolumeWeakThoughItLiesFarBehind() {
    Scorecard light = card("me", 1.0, Map.of(Metric.WEIGHTED_VOLUME, 10.0));

    PeerComparison comparison = advisor.compare(NOVEMBER, light, replaceMe(light));

    assertThat(gap(comparison, Metric.WEIGHTED_VOLUME).gapPoints()).isEqualTo(50.0);
    assertThat(gap(comparison, Metric.WEIGHTED_VOLUME).weak()).isFalse();
  }

  @Test
  void givesNoSuggestionButASentenceWhenNoMetricIsWeak() {
    Scorecard strong =
        card("me", 1.0, Map.of(Metric.COMPLAINT_RATE, 95.0, Metric.SATISFACTION, 90.0));

    ImprovementPlan plan =
        advisor.advise(
            advisor.compare(NOVEMBER, strong, replaceMe(strong)), SuggestionEvidence.none());

    assertThat(plan.suggestions()).isEmpty();
    assertThat(plan.metrics()).isNotEmpty();
    assertThat(plan.summary()).contains("5 peers", "nothing to suggest");
  }

  @Test
  void saysSoWhenNoOtherAgentWasScored() {
    ImprovementPlan plan =
        advisor.advise(advisor.compare(NOVEMBER, me, List.of(me)), SuggestionEvidence.none());

    assertThat(plan.peers().size()).isZero();
    assertThat(plan.metrics()).isEmpty();
    assertThat(plan.suggestions()).isEmpty();
    assertThat(plan.summary()).contains("no peers");
  }

  @Test
  void takesAsTopPerformersThePeersAtOrAboveTheUpperQuartile() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);

    assertThat(advisor.topPerformers(comparison, Metric.COMPLAINT_RATE))
        .containsExactly("p1", "p2");
  }

  @Test
  void listsTheArticlesTopPerformersReuseOnTheAgentsCategoriesWithCountsAndOutcomes() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);
    KnowledgeActivity knowledge =
        new KnowledgeActivity(
            List.of(article("kb-refund", "Refund a double charge"), article("kb-other", "Other")),
            List.of(
                link("e1", "t-p1-a", "kb-refund", "p1"),
                link("e2", "t-p2-a", "kb-refund", "p2"),
                link("e3", "t-p1-b", "kb-other", "p1"),
                link("e4", "t-p1-ship", "kb-ship", "p1"),
                link("e5", "t-p5-a", "kb-low", "p5"),
                link("e6", "t-me-a", "kb-other", "me")),
            List.of(
                resolved("t-p1-a", "p1", "billing", 5),
                resolved("t-p2-a", "p2", "billing", 3),
                resolved("t-p1-b", "p1", "billing", 4),
                resolved("t-p1-ship", "p1", "shipping", 5),
                resolved("t-p5-a", "p5", "billing", 5),
                resolved("t-me-a", "me", "billing", 2)),
            List.of());
    SuggestionEvidence evidence =
        new SuggestionEvidence(
            List.of(ticket("t-me-1", "me", "billing", DURING, true, 1, 60)),
            knowledge,
            List.of(),
            Map.of());

    ArticleAdvice advice = advisor.articles(comparison, Metric.COMPLAINT_RATE, evidence);

    assertThat(advice.categories()).containsExactly("billing");
    assertThat(advice.topPerformerIds()).containsExactly("p1", "p2");
    assertThat(advice.articles())
        .extracting(ArticleUse::articleId)
        .containsExactly("kb-refund", "kb-other");
    ArticleUse refund = advice.articles().getFirst();
    assertThat(refund.title()).isEqualTo("Refund a double charge");
    assertThat(refund.reuses()).isEqualTo(2);
    assertThat(refund.reusedBy()).containsExactly("p1", "p2");
    assertThat(refund.ticketIds()).containsExactly("t-p1-a", "t-p2-a");
    assertThat(refund.meanSatisfaction()).isEqualTo(4.0);
    assertThat(refund.firstContact()).isEqualTo(2);
    assertThat(refund.agentReuses()).isZero();
    assertThat(refund.meanOutcome())
        .isCloseTo(
            (resolved("t-p1-a", "p1", "billing", 5).outcome().weight()
                    + resolved("t-p2-a", "p2", "billing", 3).outcome().weight())
                / 2,
            offset(1e-12));
    assertThat(advice.articles().get(1).agentReuses()).isEqualTo(1);
    assertThat(advice.sentence()).contains("kb-refund", "2 times", "never by this agent");
  }

  @Test
  void saysWhenTheKnowledgeActivityCouldNotBeRead() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);
    SuggestionEvidence evidence =
        new SuggestionEvidence(
            List.of(ticket("t-me-1", "me", "billing", DURING, true, 1, 60)),
            null,
            List.of(),
            Map.of());

    ArticleAdvice advice = advisor.articles(comparison, Metric.COMPLAINT_RATE, evidence);

    assertThat(advice.articles()).isEmpty();
    assertThat(advice.sentence()).contains("could not be read");
  }

  @Test
  void findsTrainingAfterWhichPeersScoredHigherThanInThePeriodBeforeIt() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);
    List<Scorecard> september =
        List.of(
            card("p1", "team-1", "2026-09", 0.9, Map.of(Metric.COMPLAINT_RATE, 60.0)),
            card("p2", "team-1", "2026-09", 1.1, Map.of(Metric.COMPLAINT_RATE, 70.0)),
            card("p3", "team-1", "2026-09", 1.1, Map.of(Metric.COMPLAINT_RATE, 75.0)));
    List<ContributionRecord> trainings =
        List.of(
            training("tr-1", "p1", "De-escalation", Instant.parse("2026-10-05T10:00:00Z")),
            training("tr-2", "p2", "De-escalation", Instant.parse("2026-10-20T10:00:00Z")),
            training("tr-3", "p3", "Filing", Instant.parse("2026-10-07T10:00:00Z")),
            training("tr-4", "p4", "De-escalation", Instant.parse("2026-10-08T10:00:00Z")),
            training("tr-5", "p1", "Too late", Instant.parse("2026-11-03T10:00:00Z")));
    SuggestionEvidence evidence =
        new SuggestionEvidence(List.of(), null, trainings, Map.of("2026-09", september));

    TrainingAdvice advice = advisor.training(comparison, Metric.COMPLAINT_RATE, evidence);

    assertThat(advice.evidence()).isEqualTo(TrainingEvidence.IMPROVEMENT_FOUND);
    assertThat(advice.earlierRuns()).containsExactly("2026-09");
    assertThat(advice.trainings())
        .extracting(TrainingEffect::title)
        .containsExactly("De-escalation");
    TrainingEffect effect = advice.trainings().getFirst();
    assertThat(effect.improved()).isEqualTo(2);
    assertThat(effect.meanChange()).isCloseTo(20.0, offset(1e-9));
    assertThat(effect.comparisons())
        .extracting(TrainingComparison::recordId)
        .containsExactly("tr-1", "tr-2");
    TrainingComparison first = effect.comparisons().getFirst();
    assertThat(first.beforePeriod()).isEqualTo("2026-09");
    assertThat(first.afterPeriod()).isEqualTo("2026-11");
    assertThat(first.before()).isEqualTo(60.0);
    assertThat(first.after()).isEqualTo(90.0);
    assertThat(advice.sentence()).contains("De-escalation", "2 of 2 completions", "20.0 points");
  }

  @Test
  void saysThereIsNoTrainingEvidenceWhenNoEarlierRunIsStored() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);
    SuggestionEvidence evidence =
        new SuggestionEvidence(
            List.of(),
            null,
            List.of(training("tr-1", "p1", "De-escalation", Instant.parse("2026-10-05T10:00:00Z"))),
            Map.of("2026-11", november));

    TrainingAdvice advice = advisor.training(comparison, Metric.COMPLAINT_RATE, evidence);

    assertThat(advice.evidence()).isEqualTo(TrainingEvidence.NO_EARLIER_RUN);
    assertThat(advice.trainings()).isEmpty();
    assertThat(advice.sentence()).contains("2026-07 to 2026-10", "no such evidence");
  }

  @Test
  void saysThereIsNoComparableTrainingWhenRunsAreStoredButNoPeerTrainedAfterOne() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);
    SuggestionEvidence evidence =
        new SuggestionEvidence(
            List.of(),
            null,
            List.of(training("tr-1", "p1", "De-escalation", Instant.parse("2026-11-05T10:00:00Z"))),
            Map.of("2026-10", List.of(card("p1", "team-1", "2026-10", 1.0, Map.of()))));

    TrainingAdvice advice = advisor.training(comparison, Metric.COMPLAINT_RATE, evidence);

    assertThat(advice.evidence()).isEqualTo(TrainingEvidence.NO_COMPARABLE_TRAINING);
    assertThat(advice.earlierRuns()).containsExactly("2026-10");
    assertThat(advice.sentence()).contains("no such evidence");
  }

  @Test
  void reportsComparedTrainingsThatWereNotFollowedByImprovement() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);
    SuggestionEvidence evidence =
        new SuggestionEvidence(
            List.of(),
            null,
            List.of(training("tr-1", "p5", "Filing", Instant.parse("2026-10-05T10:00:00Z"))),
            Map.of(
                "2026-09",
                List.of(
                    card("p5", "team-1", "2026-09", 1.2, Map.of(Metric.COMPLAINT_RATE, 65.0)))));

    TrainingAdvice advice = advisor.training(comparison, Metric.COMPLAINT_RATE, evidence);

    assertThat(advice.evidence()).isEqualTo(TrainingEvidence.NO_IMPROVEMENT);
    assertThat(advice.trainings().getFirst().meanChange()).isEqualTo(-15.0);
  }

  @Test
  void listsTheAgentsComplaintTicketsOfThePeriodLowestRatedFirst() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);
    List<Ticket> tickets =
        List.of(
            ticket("t-1", "me", "billing", DURING, true, 3, 60),
            ticket("t-2", "me", "billing", DURING.plusSeconds(60), true, 1, 60),
            ticket("t-3", "me", "billing", DURING.plusSeconds(120), false, 5, 60),
            ticket("t-4", "me", "billing", Instant.parse("2026-10-30T09:00:00Z"), true, 1, 60),
            ticket("t-5", "p1", "billing", DURING, true, 1, 60));
    SuggestionEvidence evidence = new SuggestionEvidence(tickets, null, List.of(), Map.of());

    TicketAdvice advice = advisor.tickets(comparison, Metric.COMPLAINT_RATE, evidence);

    assertThat(advice.tickets()).extracting(GapTicket::ticketId).containsExactly("t-2", "t-1");
    assertThat(advice.matching()).isEqualTo(2);
    assertThat(advice.ofTickets()).isEqualTo(3);
    assertThat(advice.sentence()).contains("2 of the agent's 3 tickets", "t-2, t-1");
  }

  @Test
  void listsTheSlowestFirstResponsesForAWeakFirstResponse() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);
    List<Ticket> tickets =
        List.of(
            ticket("t-fast", "me", "billing", DURING, false, 5, 30),
            ticket("t-slow", "me", "billing", DURING, false, 5, 1_800),
            ticket("t-none", "me", "billing", DURING, false, 5, null));
    SuggestionEvidence evidence = new SuggestionEvidence(tickets, null, List.of(), Map.of());

    TicketAdvice advice = advisor.tickets(comparison, Metric.FIRST_RESPONSE, evidence);

    assertThat(advice.tickets())
        .extracting(GapTicket::ticketId)
        .containsExactly("t-slow", "t-fast");
    assertThat(advice.tickets().getFirst().firstResponseSeconds()).isEqualTo(1_800);
    assertThat(advice.sentence()).contains("30.0 minutes");
  }

  @Test
  void listsTheTicketsSearchedForWithoutALinkForAWeakKnowledgeRetrieval() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);
    List<Ticket> tickets =
        List.of(
            ticket("t-1", "me", "billing", DURING, false, 5, 60),
            ticket("t-2", "me", "billing", DURING.plusSeconds(60), false, 5, 60),
            ticket("t-3", "me", "billing", DURING.plusSeconds(120), false, 5, 60));
    KnowledgeActivity knowledge =
        new KnowledgeActivity(
            List.of(),
            List.of(new ArticleLink("l-1", "t-1", "kb-1", "me", DURING.plusSeconds(600))),
            List.of(),
            List.of(
                new KnowledgeSearch("s-1", "t-1", "me", DURING.plusSeconds(300)),
                new KnowledgeSearch("s-2", "t-2", "me", DURING.plusSeconds(300))));

    TicketAdvice listed =
        advisor.tickets(
            comparison,
            Metric.KNOWLEDGE_RETRIEVAL,
            new SuggestionEvidence(tickets, knowledge, List.of(), Map.of()));
    TicketAdvice unread =
        advisor.tickets(
            comparison,
            Metric.KNOWLEDGE_RETRIEVAL,
            new SuggestionEvidence(tickets, null, List.of(), Map.of()));

    assertThat(listed.tickets()).extracting(GapTicket::ticketId).containsExactly("t-2");
    assertThat(listed.sentence())
        .contains("1 of the agent's 3 tickets", "searched for knowledge but got no article linked");
    assertThat(unread.tickets()).isEmpty();
    assertThat(unread.sentence()).contains("knowledge activity could not be read");
  }

  @Test
  void advisesEveryWeakMetricWithItsEvidenceAndASentence() {
    ImprovementPlan plan =
        advisor.advise(
            advisor.compare(NOVEMBER, me, november),
            new SuggestionEvidence(
                List.of(ticket("t-1", "me", "billing", DURING, true, 1, 60)),
                null,
                List.of(),
                Map.of()));

    assertThat(plan.suggestions())
        .extracting(suggestion -> suggestion.gap().metric())
        .containsExactly(Metric.COMPLAINT_RATE, Metric.SATISFACTION);
    Suggestion first = plan.suggestions().getFirst();
    assertThat(first.sentence()).contains("Complaint rate", "30.0 of 100", "70.0", "40.0 points");
    assertThat(first.tickets().tickets()).extracting(GapTicket::ticketId).containsExactly("t-1");
    assertThat(first.training().evidence()).isEqualTo(TrainingEvidence.NO_EARLIER_RUN);
    assertThat(plan.summary()).contains("quality", "complaint rate", "2 suggestions");
  }

  @Test
  void namesOnlyTheAgentsTheReaderMaySee() {
    PeerComparison comparison = advisor.compare(NOVEMBER, me, november);
    SuggestionEvidence evidence =
        new SuggestionEvidence(
            List.of(ticket("t-1", "me", "billing", DURING, true, 1, 60)),
            new KnowledgeActivity(
                List.of(),
                List.of(link("e1", "t-p1-a", "kb-1", "p1")),
                List.of(resolved("t-p1-a", "p1", "billing", 5)),
                List.of()),
            List.of(training("tr-1", "p1", "De-escalation", Instant.parse("2026-10-05T10:00:00Z"))),
            Map.of(
                "2026-09",
                List.of(
                    card("p1", "team-1", "2026-09", 0.9, Map.of(Metric.COMPLAINT_RATE, 50.0)))));

    ImprovementPlan plan = advisor.advise(comparison, evidence).visibleTo(id -> id.equals("p2"));

    assertThat(plan.peers().size()).isEqualTo(5);
    assertThat(plan.peers().agentIds()).containsExactly("p2");
    Suggestion first = plan.suggestions().getFirst();
    assertThat(first.articles().topPerformers()).isEqualTo(2);
    assertThat(first.articles().topPerformerIds()).containsExactly("p2");
    assertThat(first.articles().articles().getFirst().reusers()).isEqualTo(1);
    assertThat(first.articles().articles().getFirst().reusedBy()).isEmpty();
    TrainingComparison compared = first.training().trainings().getFirst().comparisons().getFirst();
    assertThat(compared.agentId()).isNull();
    assertThat(compared.recordId()).isNull();
    assertThat(compared.change()).isEqualTo(40.0);
  }

  @Test
  void refusesSettingsOutOfRangeNamingTheSetting() {
    assertThatThrownBy(() -> new SuggestionSettings(0, 0.1, 5, 5, 3, 3, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("peerBand")
        .hasMessageContaining("0.0");
    assertThatThrownBy(() -> settingsWithMinPeers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minPeers");
  }

  private static SuggestionSettings settingsWithMinPeers(int minPeers) {
    return new SuggestionSettings(0.2, 0.1, minPeers, 5, 3, 3, 5);
  }

  private List<Scorecard> replaceMe(Scorecard replacement) {
    return november.stream().map(card -> card.agentId().equals("me") ? replacement : card).toList();
  }

  private static MetricGap gap(PeerComparison comparison, Metric metric) {
    return comparison.metrics().stream()
        .filter(gap -> gap.metric() == metric)
        .findFirst()
        .orElseThrow();
  }
}
