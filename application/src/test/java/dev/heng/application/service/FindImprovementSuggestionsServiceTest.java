package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.OTHER_TENANT;
import static dev.heng.application.service.SampleRecords.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.FindImprovementSuggestionsQuery;
import dev.heng.application.port.in.SuggestionLookup;
import dev.heng.application.port.out.KnowledgeIndexException;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.ContributionType;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.TrainingKind;
import dev.heng.domain.scoring.DimensionScore;
import dev.heng.domain.scoring.MetricScore;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import dev.heng.domain.suggestion.ImprovementAdvisor;
import dev.heng.domain.suggestion.ImprovementPlan;
import dev.heng.domain.suggestion.MetricGap;
import dev.heng.domain.suggestion.Suggestion;
import dev.heng.domain.suggestion.SuggestionSettings;
import dev.heng.domain.suggestion.TrainingEvidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Improvement suggestions against in-memory ports, on a generated tenant of 16 agents whose
 * November 2026 is scored by the real calculator.
 */
class FindImprovementSuggestionsServiceTest {

  private static final ScoringPeriod NOVEMBER = ScoringPeriod.parse("2026-11");

  private final InMemoryStoreRecordsPort store = new InMemoryStoreRecordsPort();
  private final InMemoryLoadRecordsPort records = new InMemoryLoadRecordsPort(store);
  private final InMemoryPeriodScorecards scorecards = new InMemoryPeriodScorecards();
  private final InMemoryKnowledgeIndexPort knowledge = new InMemoryKnowledgeIndexPort();
  private final ImprovementAdvisor advisor = new ImprovementAdvisor(SuggestionSettings.DEFAULTS);
  private final SyntheticTenant tenant =
      new SyntheticTenantGenerator().generate(SimulationParameters.builder(3).agents(16).build());
  private final List<Scorecard> november;

  FindImprovementSuggestionsServiceTest() {
    store.put(TENANT, tenant.teams().toArray(IntakeRecord[]::new));
    store.put(TENANT, tenant.agents().toArray(IntakeRecord[]::new));
    store.put(TENANT, tenant.tickets().toArray(IntakeRecord[]::new));
    store.put(TENANT, tenant.contributions().toArray(IntakeRecord[]::new));
    List<IntakeRecord> indexed = new ArrayList<>();
    indexed.addAll(tenant.articles());
    indexed.addAll(tenant.tickets());
    indexed.addAll(tenant.events());
    knowledge.index(TENANT, indexed).block();
    november = SampleRecords.scored(tenant, NOVEMBER).scorecards();
    scorecards.put(TENANT, "2026-11", november);
  }

  @Test
  void suggestsNextStepsForTheWeakestMetricsOfTheAgentWithTheLowestScore() {
    String weakest = november.getLast().agentId();

    ImprovementPlan plan = found(admin(), weakest, NOVEMBER);

    assertThat(plan.period()).isEqualTo("2026-11");
    assertThat(plan.peers().size()).isGreaterThanOrEqualTo(5);
    assertThat(plan.peers().agentIds()).hasSize(plan.peers().size()).doesNotContain(weakest);
    assertThat(plan.suggestions()).isNotEmpty();
    Suggestion first = plan.suggestions().getFirst();
    assertThat(first.gap().weak()).isTrue();
    assertThat(first.gap())
        .isEqualTo(plan.metrics().stream().filter(MetricGap::weak).findFirst().orElseThrow());
    assertThat(first.training().evidence()).isEqualTo(TrainingEvidence.NO_EARLIER_RUN);
    assertThat(first.articles().categories()).isNotEmpty();
    assertThat(first.sentence()).isNotBlank();
    assertThat(plan.summary()).contains("weakest dimension");
  }

  @Test
  void readsTheAgentsTicketsOfThePeriodForTheTicketEvidence() {
    String weakest = november.getLast().agentId();
    long own =
        tenant.tickets().stream()
            .filter(ticket -> weakest.equals(ticket.assigneeId()))
            .filter(ticket -> !ticket.createdAt().isBefore(NOVEMBER.from()))
            .filter(ticket -> ticket.createdAt().isBefore(NOVEMBER.to()))
            .count();

    ImprovementPlan plan = found(admin(), weakest, NOVEMBER);

    assertThat(plan.suggestions())
        .allSatisfy(suggestion -> assertThat(suggestion.tickets().ofTickets()).isEqualTo(own));
    assertThat(records.lastCriteria()).isNotNull();
  }

  @Test
  void comparesInTheMostRecentlyScoredPeriodWhenNoneIsNamed() {
    ImprovementPlan plan = found(admin(), november.getLast().agentId(), null);

    assertThat(plan.period()).isEqualTo("2026-11");
  }

  @Test
  void answersNotScoredForAPeriodWithoutStoredScorecards() {
    FindImprovementSuggestionsService service = service(knowledge);

    StepVerifier.create(
            service.find(
                new FindImprovementSuggestionsQuery(
                    admin(), "agent-001", ScoringPeriod.parse("2026-10"))))
        .expectNext(new SuggestionLookup.NotScored("2026-10"))
        .verifyComplete();
  }

  @Test
  void answersNotScoredWithoutAPeriodWhenTheTenantHasNoRun() {
    store.put(OTHER_TENANT, tenant.agents().getFirst());

    StepVerifier.create(
            service(knowledge)
                .find(
                    new FindImprovementSuggestionsQuery(
                        SampleRecords.caller(OTHER_TENANT, Role.TENANT_ADMIN),
                        tenant.agents().getFirst().externalId(),
                        null)))
        .expectNext(new SuggestionLookup.NotScored(null))
        .verifyComplete();
  }

  @Test
  void answersAgentNotScoredForAnAgentTheRunDidNotScore() {
    scorecards.put(TENANT, "2026-11", november.subList(1, november.size()));

    StepVerifier.create(
            service(knowledge)
                .find(
                    new FindImprovementSuggestionsQuery(
                        admin(), november.getFirst().agentId(), NOVEMBER)))
        .expectNext(new SuggestionLookup.AgentNotScored("2026-11"))
        .verifyComplete();
  }

  @Test
  void answersNothingForAnotherTenantsAgent() {
    StepVerifier.create(
            service(knowledge)
                .find(
                    new FindImprovementSuggestionsQuery(
                        SampleRecords.caller(OTHER_TENANT, Role.TENANT_ADMIN),
                        "agent-001",
                        NOVEMBER)))
        .verifyComplete();
  }

  @Test
  void looksTheAgentUpWithinTheCallersScope() {
    Caller agent = new Caller(TENANT, "key-agent", Role.AGENT, "agent-999", null);

    StepVerifier.create(
            service(knowledge)
                .find(new FindImprovementSuggestionsQuery(agent, "agent-999", NOVEMBER)))
        .verifyComplete();

    assertThat(records.lastScope()).isEqualTo(agent.scope());
  }

  @Test
  void namesToATeamLeadOnlyThePeersOfItsTeam() {
    Scorecard weakest = november.getLast();
    Caller lead = new Caller(TENANT, "key-lead", Role.TEAM_LEAD, null, weakest.teamId());

    ImprovementPlan plan = found(lead, weakest.agentId(), NOVEMBER);

    List<String> team =
        november.stream()
            .filter(card -> weakest.teamId().equals(card.teamId()))
            .map(Scorecard::agentId)
            .toList();
    assertThat(plan.peers().agentIds()).isSubsetOf(team);
    assertThat(plan.peers().size()).isGreaterThan(plan.peers().agentIds().size());
  }

  @Test
  void namesNoOtherAgentToTheAgentItself() {
    Scorecard weakest = november.getLast();
    Caller self = new Caller(TENANT, "key-self", Role.AGENT, weakest.agentId(), null);

    ImprovementPlan plan = found(self, weakest.agentId(), NOVEMBER);

    assertThat(plan.peers().agentIds()).isEmpty();
    assertThat(plan.suggestions())
        .allSatisfy(suggestion -> assertThat(suggestion.articles().topPerformerIds()).isEmpty());
  }

  @Test
  void saysSoInsteadOfListingArticlesWhenTheKnowledgeActivityCannotBeRead() {
    LoadKnowledgeActivityPort broken =
        (tenantId, from, to) ->
            Mono.error(new KnowledgeIndexException("the index is closed", null));

    ImprovementPlan plan =
        ((SuggestionLookup.Found)
                service(broken)
                    .find(
                        new FindImprovementSuggestionsQuery(
                            admin(), november.getLast().agentId(), NOVEMBER))
                    .block())
            .plan();

    assertThat(plan.suggestions())
        .allSatisfy(
            suggestion -> {
              assertThat(suggestion.articles().articles()).isEmpty();
              assertThat(suggestion.articles().sentence())
                  .containsAnyOf("could not be read", "not earned on tickets");
            });
  }

  @Test
  void findsTrainingEvidenceInTheStoredScorecardsOfAnEarlierPeriod() {
    Scorecard weakest = november.getLast();
    ImprovementPlan first = found(admin(), weakest.agentId(), NOVEMBER);
    MetricGap gap = first.suggestions().getFirst().gap();
    String peer = first.suggestions().getFirst().articles().topPerformerIds().getFirst();
    List<Scorecard> september =
        november.stream()
            .filter(card -> card.agentId().equals(peer))
            .map(card -> lowered(card, "2026-09", 30))
            .toList();
    scorecards.put(TENANT, "2026-09", september);
    store.put(
        TENANT,
        new ContributionRecord(
            "training-x",
            peer,
            ContributionType.TRAINING_RESULT,
            Instant.parse("2026-10-14T10:00:00Z"),
            "Calm under pressure",
            null,
            null,
            TrainingKind.VR_DRILL,
            88.0));

    ImprovementPlan plan = found(admin(), weakest.agentId(), NOVEMBER);

    Suggestion suggestion =
        plan.suggestions().stream()
            .filter(s -> s.gap().metric() == gap.metric())
            .findFirst()
            .orElseThrow();
    assertThat(suggestion.training().evidence()).isEqualTo(TrainingEvidence.IMPROVEMENT_FOUND);
    assertThat(suggestion.training().earlierRuns()).containsExactly("2026-09");
    assertThat(suggestion.training().trainings().getFirst().title())
        .isEqualTo("Calm under pressure");
    assertThat(suggestion.training().trainings().getFirst().comparisons().getFirst().recordId())
        .isEqualTo("training-x");
  }

  private ImprovementPlan found(Caller caller, String agentId, ScoringPeriod period) {
    SuggestionLookup lookup =
        service(knowledge)
            .find(new FindImprovementSuggestionsQuery(caller, agentId, period))
            .block();
    assertThat(lookup).isInstanceOf(SuggestionLookup.Found.class);
    return ((SuggestionLookup.Found) lookup).plan();
  }

  private FindImprovementSuggestionsService service(LoadKnowledgeActivityPort activity) {
    return new FindImprovementSuggestionsService(records, scorecards, activity, advisor);
  }

  private static Caller admin() {
    return SampleRecords.caller(TENANT, Role.TENANT_ADMIN);
  }

  /** The card of another period with every normalised value lowered by the points (at least 0). */
  private static Scorecard lowered(Scorecard card, String period, double points) {
    List<DimensionScore> dimensions = new ArrayList<>();
    for (DimensionScore dimension : card.dimensions()) {
      List<MetricScore> metrics = new ArrayList<>();
      for (MetricScore m : dimension.metrics()) {
        metrics.add(
            new MetricScore(
                m.metric(),
                m.value(),
                m.expected(),
                m.ratio(),
                m.low(),
                m.high(),
                m.observations(),
                m.normalised() == null ? null : Math.max(0, m.normalised() - points),
                m.weight(),
                m.effectiveWeight(),
                m.contribution()));
      }
      dimensions.add(
          new DimensionScore(
              dimension.dimension(), dimension.weight(), dimension.score(), metrics));
    }
    return new Scorecard(
        card.agentId(),
        card.teamId(),
        period,
        card.configVersion(),
        card.total(),
        card.teamBonus(),
        card.workload(),
        card.poolDifficulty(),
        dimensions);
  }
}
