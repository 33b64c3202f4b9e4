package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.heng.application.port.in.DiagnoseHealthQuery;
import dev.heng.application.port.in.Diagnosis;
import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.diagnosis.Correlation;
import dev.heng.domain.diagnosis.HealthDiagnosis;
import dev.heng.domain.diagnosis.MonthlyCorrelation;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.scoring.DimensionScore;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScorecardDimension;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class DiagnoseHealthServiceTest {

  private static final ScoringPeriod Q4 = ScoringPeriod.parse("2026-Q4");

  private final InMemoryLoadScoringInputsPort inputs = new InMemoryLoadScoringInputsPort();
  private final InMemoryScoringConfigStorePort configs = new InMemoryScoringConfigStorePort();
  private final InMemoryKnowledgeIndexPort knowledge = new InMemoryKnowledgeIndexPort();
  private final InMemoryLoadMessageSentimentsPort sentiments =
      new InMemoryLoadMessageSentimentsPort();
  private final DiagnoseHealthService service =
      new DiagnoseHealthService(inputs, configs, knowledge, sentiments, Schedulers.immediate());

  /** Twelve agents in three teams over October and November 2026; December stays empty. */
  DiagnoseHealthServiceTest() {
    SyntheticTenant tenant =
        new SyntheticTenantGenerator()
            .generate(
                SimulationParameters.builder(11)
                    .agents(12)
                    .days(61)
                    .start(LocalDate.of(2026, 10, 1))
                    .build());
    inputs.put(TENANT, tenant);
    for (List<? extends IntakeRecord> records :
        List.of(tenant.articles(), tenant.tickets(), tenant.events())) {
      knowledge.index(TENANT, List.copyOf(records)).block();
    }
  }

  private HealthDiagnosis diagnosed(Caller caller, ScoringPeriod quarter) {
    Diagnosis outcome = service.diagnose(new DiagnoseHealthQuery(caller, quarter)).block();
    assertThat(outcome).isInstanceOf(Diagnosis.Diagnosed.class);
    return ((Diagnosis.Diagnosed) outcome).diagnosis();
  }

  @Test
  void diagnosesTheWholeTenantForEveryTenantWideRole() {
    for (Role role :
        new Role[] {
          Role.TENANT_ADMIN, Role.INTEGRATION_CLIENT, Role.QA_REVIEWER, Role.KNOWLEDGE_MANAGER
        }) {
      HealthDiagnosis diagnosis = diagnosed(caller(role), Q4);

      assertThat(diagnosis.scope()).isEqualTo(HealthDiagnosis.Scope.TENANT);
      assertThat(diagnosis.agents()).isEqualTo(12);
      assertThat(diagnosis.tickets()).isPositive();
      assertThat(diagnosis.quantityQuality().quarter().n()).isEqualTo(12);
      assertThat(diagnosis.individualTeam().acrossTeams().teams()).isGreaterThan(1);
      assertThat(diagnosis.shortLongTerm().customersRated()).isPositive();
    }
  }

  @Test
  void readsTheRecordsOnceForTheQuarterAndTheGradingWindowOfItsFirstMonth() {
    diagnosed(caller(Role.TENANT_ADMIN), Q4);

    assertThat(inputs.loads()).isEqualTo(1);
    assertThat(inputs.lastHistoryFrom())
        .isEqualTo(Instant.parse("2026-11-01T00:00:00Z").minusSeconds(180L * 86_400));
  }

  @Test
  void scoresEachMonthAsAScoringRunOfThatMonthWould() {
    InMemoryScorecardStorePort stored = new InMemoryScorecardStorePort();
    new ScorePeriodService(
            inputs,
            configs,
            stored,
            knowledge,
            sentiments,
            Schedulers.immediate(),
            Clock.fixed(Instant.parse("2026-12-01T06:00:00Z"), ZoneOffset.UTC))
        .score(new ScorePeriodCommand(caller(Role.TENANT_ADMIN), ScoringPeriod.parse("2026-11")))
        .block();
    List<Scorecard> november = stored.all(TENANT, "2026-11");

    List<MonthlyCorrelation> months =
        diagnosed(caller(Role.TENANT_ADMIN), Q4).quantityQuality().months();

    double[] volume =
        november.stream().mapToDouble(card -> card.workload().coefficient()).toArray();
    double[] quality = november.stream().mapToDouble(DiagnoseHealthServiceTest::quality).toArray();
    Correlation expected = Correlation.pearson(volume, quality);
    assertThat(months.get(1).period()).isEqualTo("2026-11");
    assertThat(months.get(1).correlation().r()).isEqualTo(expected.r(), offset(1e-12));
    assertThat(months.get(0).tickets()).isPositive();
    assertThat(months.get(2).tickets()).isZero();
    assertThat(months.get(2).correlation().n()).isZero();
  }

  private static double quality(Scorecard card) {
    return card.dimensions().stream()
        .filter(dimension -> dimension.dimension() == ScorecardDimension.QUALITY)
        .map(DimensionScore::score)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void showsATeamLeadItsTeamOnly() {
    Caller lead = new Caller(TENANT, "key-lead", Role.TEAM_LEAD, null, "team-01");

    HealthDiagnosis diagnosis = diagnosed(lead, Q4);
    HealthDiagnosis tenant = diagnosed(caller(Role.TENANT_ADMIN), Q4);

    assertThat(diagnosis.scope()).isEqualTo(HealthDiagnosis.Scope.TEAM);
    assertThat(diagnosis.teamId()).isEqualTo("team-01");
    assertThat(diagnosis.agents()).isPositive().isLessThan(tenant.agents());
    assertThat(diagnosis.individualTeam().teams())
        .singleElement()
        .satisfies(team -> assertThat(team.teamId()).isEqualTo("team-01"));
    assertThat(diagnosis.individualTeam().acrossTeams()).isNull();
    assertThat(diagnosis.shortLongTerm().customersServed())
        .isLessThan(tenant.shortLongTerm().customersServed());
  }

  @Test
  void refusesAnAgentsKey() {
    StepVerifier.create(service.diagnose(new DiagnoseHealthQuery(caller(Role.AGENT), Q4)))
        .assertNext(outcome -> assertThat(outcome).isInstanceOf(Diagnosis.Forbidden.class))
        .verifyComplete();

    assertThat(inputs.loads()).isZero();
  }

  @Test
  void answersAQuarterWithoutTicketsWithZeros() {
    HealthDiagnosis diagnosis =
        diagnosed(caller(Role.TENANT_ADMIN), ScoringPeriod.parse("2026-Q2"));

    assertThat(diagnosis.agents()).isZero();
    assertThat(diagnosis.tickets()).isZero();
    assertThat(diagnosis.shortLongTerm().customersServed()).isZero();
    assertThat(diagnosis.quantityQuality().finding())
        .startsWith("No tickets were raised in 2026-Q2");
  }

  @Test
  void scoresWithTheConfigurationInForceAndItsTeamBonus() {
    ScoringConfig withBonus =
        new ScoringConfig(
            ScoringConfig.defaults().difficulty(),
            ScoringConfig.defaults().workload(),
            ScoringConfig.defaults().quality(),
            ScoringConfig.defaults().metrics(),
            5);
    configs.append(TENANT, withBonus, Instant.EPOCH).block();

    HealthDiagnosis diagnosis = diagnosed(caller(Role.TENANT_ADMIN), Q4);

    assertThat(diagnosis.configVersion()).isEqualTo(1);
    assertThat(diagnosis.teamBonusPoints()).isEqualTo(5);
    assertThat(diagnosis.individualTeam().bonus().agentsWithBonus()).isPositive();
    assertThat(diagnosis.individualTeam().acrossTeams().betweenTeamShare())
        .isGreaterThan(diagnosis.individualTeam().acrossTeams().betweenTeamShareWithoutBonus());
  }
}
