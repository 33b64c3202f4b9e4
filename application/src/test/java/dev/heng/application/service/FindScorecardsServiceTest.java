package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.FindAgentScorecardQuery;
import dev.heng.application.port.in.FindCustomerDifficultyQuery;
import dev.heng.application.port.in.FindTeamScorecardsQuery;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The three read services of scoring: agent and team scorecards, customer difficulty. */
class FindScorecardsServiceTest {

  private static final ScoringPeriod NOVEMBER = ScoringPeriod.parse("2026-11");

  private final InMemoryStoreRecordsPort records = new InMemoryStoreRecordsPort();
  private final InMemoryLoadRecordsPort load = new InMemoryLoadRecordsPort(records);
  private final InMemoryScorecardStorePort scorecards = new InMemoryScorecardStorePort();
  private final SyntheticTenant tenant =
      new SyntheticTenantGenerator().generate(SimulationParameters.builder(3).agents(16).build());

  FindScorecardsServiceTest() {
    records.put(TENANT, tenant.teams().toArray(IntakeRecord[]::new));
    records.put(TENANT, tenant.agents().toArray(IntakeRecord[]::new));
    records.put(TENANT, tenant.customers().toArray(IntakeRecord[]::new));
    ScoringResult result = SampleRecords.scored(tenant, NOVEMBER);
    scorecards.replace(TENANT, result, Instant.EPOCH).block();
  }

  @Test
  void readsAVisibleAgentsScorecardWithinTheCallersScope() {
    FindAgentScorecardService service = new FindAgentScorecardService(load, scorecards);

    StepVerifier.create(
            service.find(new FindAgentScorecardQuery(caller(Role.AGENT), "agent-001", NOVEMBER)))
        .assertNext(card -> assertThat(card.agentId()).isEqualTo("agent-001"))
        .verifyComplete();
    assertThat(load.lastScope()).isEqualTo(new AccessScope.OwnAgent("agent-1"));
  }

  @Test
  void answersNothingForAnUnknownAgentOrAnUnscoredPeriod() {
    FindAgentScorecardService service = new FindAgentScorecardService(load, scorecards);

    StepVerifier.create(
            service.find(
                new FindAgentScorecardQuery(caller(Role.TENANT_ADMIN), "agent-999", NOVEMBER)))
        .verifyComplete();
    StepVerifier.create(
            service.find(
                new FindAgentScorecardQuery(
                    caller(Role.TENANT_ADMIN), "agent-001", ScoringPeriod.parse("2026-10"))))
        .verifyComplete();
  }

  @Test
  void ranksATeamsMembersAndSummarisesFairness() {
    FindTeamScorecardsService service = new FindTeamScorecardsService(load, scorecards);

    StepVerifier.create(
            service.find(new FindTeamScorecardsQuery(caller(Role.TEAM_LEAD), "team-01", NOVEMBER)))
        .assertNext(
            team -> {
              assertThat(team.members())
                  .isNotEmpty()
                  .allMatch(card -> "team-01".equals(card.teamId()));
              assertThat(team.members())
                  .isSortedAccordingTo(
                      java.util.Comparator.comparingDouble(Scorecard::total).reversed());
              assertThat(team.fairness().agents()).isEqualTo(team.members().size());
            })
        .verifyComplete();
  }

  @Test
  void showsAgentsNoTeamRanking() {
    FindTeamScorecardsService service = new FindTeamScorecardsService(load, scorecards);

    StepVerifier.create(
            service.find(new FindTeamScorecardsQuery(caller(Role.AGENT), "team-01", NOVEMBER)))
        .verifyComplete();
    assertThat(load.calls()).isZero();
  }

  @Test
  void readsACustomersDifficultyFromTheLatestRun() {
    FindCustomerDifficultyService service = new FindCustomerDifficultyService(load, scorecards);
    String customerId = tenant.customers().getFirst().externalId();

    StepVerifier.create(
            service.find(
                new FindCustomerDifficultyQuery(caller(Role.QA_REVIEWER), customerId, null)))
        .assertNext(
            difficulty -> {
              assertThat(difficulty.customerId()).isEqualTo(customerId);
              assertThat(difficulty.contributions()).hasSize(18);
            })
        .verifyComplete();
  }
}
