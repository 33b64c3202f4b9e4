package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.application.port.in.ScoringRun;
import dev.heng.application.port.out.KnowledgeIndexException;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.ResolvedConversation;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.scoring.CustomerEmotion;
import dev.heng.domain.scoring.DifficultyDimension;
import dev.heng.domain.scoring.DifficultySettings;
import dev.heng.domain.scoring.DimensionContribution;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricScore;
import dev.heng.domain.scoring.MetricSetting;
import dev.heng.domain.scoring.Normalisation;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class ScorePeriodServiceTest {

  private static final ScoringPeriod NOVEMBER = ScoringPeriod.parse("2026-11");

  private final InMemoryLoadScoringInputsPort inputs = new InMemoryLoadScoringInputsPort();
  private final InMemoryScoringConfigStorePort configs = new InMemoryScoringConfigStorePort();
  private final InMemoryScorecardStorePort scorecards = new InMemoryScorecardStorePort();
  private final InMemoryKnowledgeIndexPort knowledge = new InMemoryKnowledgeIndexPort();
  private final InMemoryLoadMessageSentimentsPort sentiments =
      new InMemoryLoadMessageSentimentsPort();
  private final ScorePeriodService service = service(knowledge);
  private final SyntheticTenant tenant;

  ScorePeriodServiceTest() {
    tenant =
        new SyntheticTenantGenerator()
            .generate(SimulationParameters.builder(5).agents(12).days(28).build());
    inputs.put(TENANT, tenant);
    for (List<? extends IntakeRecord> records :
        List.of(tenant.articles(), tenant.tickets(), tenant.events())) {
      knowledge.index(TENANT, List.copyOf(records)).block();
    }
  }

  private ScorePeriodService service(LoadKnowledgeActivityPort activity) {
    return new ScorePeriodService(
        inputs,
        configs,
        scorecards,
        activity,
        sentiments,
        Schedulers.immediate(),
        Clock.fixed(Instant.parse("2026-12-01T06:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void scoresEveryAgentWithTheDefaultsAsVersionZero() {
    StepVerifier.create(service.score(new ScorePeriodCommand(caller(Role.TENANT_ADMIN), NOVEMBER)))
        .assertNext(
            run -> {
              ScoringRun.Completed completed = (ScoringRun.Completed) run;
              assertThat(completed.period()).isEqualTo("2026-11");
              assertThat(completed.configVersion()).isZero();
              assertThat(completed.agents()).isEqualTo(12);
              assertThat(completed.tickets()).isPositive();
            })
        .verifyComplete();

    StepVerifier.create(scorecards.findScorecard(TENANT, "2026-11", "agent-001"))
        .assertNext(card -> assertThat(card.configVersion()).isZero())
        .verifyComplete();
    assertThat(inputs.lastHistoryFrom()).isEqualTo(NOVEMBER.to().minusSeconds(180L * 86_400));
  }

  @Test
  void usesTheNewestStoredConfiguration() {
    ScoringConfig onlySatisfaction =
        new ScoringConfig(
            ScoringConfig.defaults().difficulty(),
            ScoringConfig.defaults().workload(),
            ScoringConfig.defaults().quality(),
            List.of(new MetricSetting(Metric.SATISFACTION, 100, Normalisation.peers())),
            0);
    configs.append(TENANT, ScoringConfig.defaults(), Instant.EPOCH).block();
    configs.append(TENANT, onlySatisfaction, Instant.EPOCH).block();

    service.score(new ScorePeriodCommand(caller(Role.INTEGRATION_CLIENT), NOVEMBER)).block();

    Scorecard card = scorecards.findScorecard(TENANT, "2026-11", "agent-001").block();
    assertThat(card.configVersion()).isEqualTo(2);
    assertThat(card.dimensions()).hasSize(1);
  }

  @Test
  void givesTheSameNumbersOnASecondRun() {
    ScorePeriodCommand command = new ScorePeriodCommand(caller(Role.TENANT_ADMIN), NOVEMBER);

    service.score(command).block();
    Scorecard first = scorecards.findScorecard(TENANT, "2026-11", "agent-003").block();
    service.score(command).block();
    Scorecard second = scorecards.findScorecard(TENANT, "2026-11", "agent-003").block();

    assertThat(second).isEqualTo(first);
    assertThat(scorecards.replacements()).isEqualTo(2);
  }

  @Test
  void refusesRolesThatMayNotStartRuns() {
    for (Role role : new Role[] {Role.AGENT, Role.TEAM_LEAD, Role.QA_REVIEWER}) {
      StepVerifier.create(service.score(new ScorePeriodCommand(caller(role), NOVEMBER)))
          .assertNext(run -> assertThat(run).isInstanceOf(ScoringRun.Forbidden.class))
          .verifyComplete();
    }

    assertThat(scorecards.replacements()).isZero();
  }

  @Test
  void creditsKnowledgeContributionFromTheTenantsKnowledgeActivity() {
    service.score(new ScorePeriodCommand(caller(Role.TENANT_ADMIN), NOVEMBER)).block();

    List<MetricScore> knowledgeScores =
        scorecards.all(TENANT, "2026-11").stream()
            .map(card -> metricOf(card, Metric.KNOWLEDGE_CONTRIBUTION))
            .toList();
    assertThat(knowledgeScores).allSatisfy(score -> assertThat(score.value()).isNotNull());
    assertThat(knowledgeScores).anySatisfy(score -> assertThat(score.value()).isPositive());
    assertThat(knowledgeScores).allSatisfy(score -> assertThat(score.weight()).isEqualTo(8));
  }

  @Test
  void judgesKnowledgeRetrievalFromTheTenantsKnowledgeActivityWhenOnlyItIsOnTheCard() {
    configureSatisfactionAnd(Metric.KNOWLEDGE_RETRIEVAL);

    service.score(new ScorePeriodCommand(caller(Role.TENANT_ADMIN), NOVEMBER)).block();

    List<MetricScore> retrieval =
        scorecards.all(TENANT, "2026-11").stream()
            .map(card -> metricOf(card, Metric.KNOWLEDGE_RETRIEVAL))
            .toList();
    assertThat(retrieval).allSatisfy(score -> assertThat(score.ratio()).isNotNull());
    assertThat(retrieval).allSatisfy(score -> assertThat(score.observations()).isPositive());
    assertThat(retrieval.stream().map(MetricScore::normalised).distinct()).hasSizeGreaterThan(1);
  }

  @Test
  void scoresWithoutKnowledgeWhenTheIndexCannotBeRead() {
    ScorePeriodService withoutIndex =
        service(
            (tenant, from, to) ->
                Mono.error(new KnowledgeIndexException("index unreadable", new IOException())));

    withoutIndex.score(new ScorePeriodCommand(caller(Role.TENANT_ADMIN), NOVEMBER)).block();

    Scorecard card = scorecards.findScorecard(TENANT, "2026-11", "agent-001").block();
    MetricScore knowledgeScore = metricOf(card, Metric.KNOWLEDGE_CONTRIBUTION);
    assertThat(knowledgeScore.value()).isNull();
    assertThat(knowledgeScore.effectiveWeight()).isZero();
    MetricScore retrievalScore = metricOf(card, Metric.KNOWLEDGE_RETRIEVAL);
    assertThat(retrievalScore.ratio()).isNull();
    assertThat(retrievalScore.effectiveWeight()).isZero();
  }

  /** Stores a card of satisfaction (60) and {@code metric} (40) as the tenant's configuration. */
  private void configureSatisfactionAnd(Metric metric) {
    ScoringConfig defaults = ScoringConfig.defaults();
    configs
        .append(
            TENANT,
            new ScoringConfig(
                defaults.difficulty(),
                defaults.workload(),
                defaults.quality(),
                List.of(
                    new MetricSetting(Metric.SATISFACTION, 60, Normalisation.peers()),
                    new MetricSetting(metric, 40, Normalisation.peers())),
                0),
            Instant.EPOCH)
        .block();
  }

  @Test
  void scoresEmotionRecoveryWhenTheConfigurationAsksForIt() {
    sentiments.add(new ResolvedConversation("t-1", "agent-001", List.of(-0.5, 0.1, 0.5)));
    sentiments.add(new ResolvedConversation("t-2", "agent-001", List.of(-0.2, 0.2)));
    sentiments.add(new ResolvedConversation("t-3", "agent-002", List.of(0.3, -0.1)));
    configureSatisfactionAnd(Metric.EMOTION_RECOVERY);

    service.score(new ScorePeriodCommand(caller(Role.TENANT_ADMIN), NOVEMBER)).block();

    MetricScore first =
        metricOf(
            scorecards.findScorecard(TENANT, "2026-11", "agent-001").block(),
            Metric.EMOTION_RECOVERY);
    MetricScore second =
        metricOf(
            scorecards.findScorecard(TENANT, "2026-11", "agent-002").block(),
            Metric.EMOTION_RECOVERY);
    MetricScore none =
        metricOf(
            scorecards.findScorecard(TENANT, "2026-11", "agent-003").block(),
            Metric.EMOTION_RECOVERY);
    assertThat(first.value()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(first.observations()).isEqualTo(2);
    assertThat(second.value()).isCloseTo(-0.4, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(first.normalised()).isGreaterThan(second.normalised());
    assertThat(none.value()).isNull();
    assertThat(none.effectiveWeight()).isZero();
  }

  @Test
  void gradesCustomersOnHowTheirTicketsOpened() {
    String angry = tenant.customers().get(0).externalId();
    String unread = tenant.customers().get(1).externalId();
    sentiments.add(new CustomerEmotion(angry, 6, 5));

    service.score(new ScorePeriodCommand(caller(Role.TENANT_ADMIN), NOVEMBER)).block();

    assertThat(sentiments.negativeBelowAsked()).isEqualTo(CustomerEmotion.NEGATIVE_BELOW);
    DimensionContribution scored = negativeEmotion(angry);
    assertThat(scored.missing()).isFalse();
    // The only scored customer sets the tenant's rate, 5 of 6, so shrinkage leaves it there.
    assertThat(scored.value()).isCloseTo(5.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(negativeEmotion(unread).missing()).isTrue();
  }

  @Test
  void readsNoOpeningsWhenConfiguredWeightsGiveNegativeEmotionNone() {
    ScoringConfig defaults = ScoringConfig.defaults();
    configs
        .append(
            TENANT,
            new ScoringConfig(
                new DifficultySettings(
                    DifficultySettings.WeightSource.CONFIGURED,
                    Map.of(DifficultyDimension.SEGMENT, 0.3),
                    180,
                    3),
                defaults.workload(),
                defaults.quality(),
                defaults.metrics(),
                0),
            Instant.EPOCH)
        .block();

    service.score(new ScorePeriodCommand(caller(Role.TENANT_ADMIN), NOVEMBER)).block();

    assertThat(sentiments.negativeBelowAsked()).isNaN();
  }

  private DimensionContribution negativeEmotion(String customerId) {
    return scorecards.findDifficulty(TENANT, customerId, "2026-11").block().contributions().stream()
        .filter(
            contribution -> contribution.dimension() == DifficultyDimension.NEGATIVE_EMOTION_SHARE)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsNoConversationsWhenTheConfigurationDoesNotScoreEmotion() {
    service.score(new ScorePeriodCommand(caller(Role.TENANT_ADMIN), NOVEMBER)).block();

    assertThat(sentiments.reads()).isZero();
  }

  private static MetricScore metricOf(Scorecard card, Metric metric) {
    return card.dimensions().stream()
        .flatMap(dimension -> dimension.metrics().stream())
        .filter(score -> score.metric() == metric)
        .findFirst()
        .orElseThrow();
  }
}
