package dev.heng.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.out.StorageException;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.scoring.CustomerDifficulty;
import dev.heng.domain.scoring.DifficultyGrading;
import dev.heng.domain.scoring.DimensionContribution;
import dev.heng.domain.scoring.FairnessSummary;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricSetting;
import dev.heng.domain.scoring.Normalisation;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScorecardCalculator;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringConfigVersion;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.scoring.TicketFacts;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.test.StepVerifier;

/**
 * What {@link ScoringPersistenceAdapter} promises as the scoring ports, checked against a real
 * database migrated once per class. A small generated tenant is stored once and scored by the real
 * calculator; tests that write results use tenants of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScoringPersistenceContract {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger TENANTS = new AtomicInteger();
  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00.123456Z");
  private static final ScoringPeriod NOVEMBER = ScoringPeriod.parse("2026-11");
  private static final Instant HISTORY_FROM = Instant.parse("2026-10-20T00:00:00Z");

  private TestDatabase database;
  private ScoringPersistenceAdapter scoring;
  private SyntheticTenant generated;
  private TenantId tenant;
  private ScoringInput input;
  private ScoringResult result;

  /** Opens the database this contract runs against, wiped and migrated. */
  abstract TestDatabase openDatabase();

  @BeforeAll
  void storeAGeneratedTenant() {
    database = openDatabase();
    scoring =
        new ScoringPersistenceAdapter(
            database.client, database.transactions, database.connectionFactory);
    generated =
        new SyntheticTenantGenerator()
            .generate(
                SimulationParameters.builder(7)
                    .agents(10)
                    .customers(240)
                    .days(45)
                    .start(LocalDate.of(2026, 10, 17))
                    .build());
    tenant = newTenant();
    RecordPersistenceAdapter records = database.records(Clock.fixed(NOW, ZoneOffset.UTC));
    for (List<? extends IntakeRecord> kind :
        List.of(
            generated.teams(),
            generated.agents(),
            generated.customers(),
            generated.tickets(),
            generated.contributions())) {
      records.store(tenant, kind.getFirst().kind(), List.copyOf(kind)).block();
    }
    input = scoring.load(tenant, NOVEMBER, HISTORY_FROM).block();
    result = new ScorecardCalculator().score(input, ScoringConfig.defaults(), 0);
  }

  @AfterAll
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void loadsEveryAgentAndCustomerAndTheTicketsOfTheHistoryWindow() {
    List<TicketFacts> expected =
        generated.tickets().stream()
            .filter(t -> !t.createdAt().isBefore(HISTORY_FROM))
            .filter(t -> t.createdAt().isBefore(NOVEMBER.to()))
            .map(ScoringPersistenceContract::truncated)
            .toList();

    assertThat(input.period()).isEqualTo(NOVEMBER);
    assertThat(input.agents()).containsExactlyElementsOf(generated.agents());
    assertThat(input.customers()).containsExactlyElementsOf(generated.customers());
    assertThat(input.tickets()).isNotEmpty().containsExactlyElementsOf(expected);
    assertThat(input.tickets()).hasSizeLessThan(generated.tickets().size());
  }

  @Test
  void loadsOnlyTheContributionsOfThePeriod() {
    assertThat(input.contributions())
        .isNotEmpty()
        .allSatisfy(
            record ->
                assertThat(record.occurredAt())
                    .isAfterOrEqualTo(NOVEMBER.from())
                    .isBefore(NOVEMBER.to()));
    assertThat(input.contributions())
        .hasSize(
            (int)
                generated.contributions().stream()
                    .filter(c -> !c.occurredAt().isBefore(NOVEMBER.from()))
                    .filter(c -> c.occurredAt().isBefore(NOVEMBER.to()))
                    .count());
  }

  @Test
  void loadsAQuarterWithTheGradingWindowOfItsFirstMonthAsTheDiagnosisReadsIt() {
    ScoringPeriod quarter = ScoringPeriod.parse("2026-Q4");
    Instant firstMonthWindow = Instant.parse("2026-11-01T00:00:00Z").minus(180, ChronoUnit.DAYS);

    ScoringInput loaded = scoring.load(tenant, quarter, firstMonthWindow).block();

    assertThat(loaded.period()).isEqualTo(quarter);
    assertThat(loaded.tickets())
        .containsExactlyElementsOf(
            generated.tickets().stream().map(ScoringPersistenceContract::truncated).toList());
    assertThat(loaded.contributions()).hasSameSizeAs(generated.contributions());
    assertThat(loaded.customers())
        .extracting(customer -> customer.retentionStatus() + " " + customer.lifetimeValue())
        .containsExactlyElementsOf(
            generated.customers().stream()
                .map(customer -> customer.retentionStatus() + " " + customer.lifetimeValue())
                .toList());
  }

  @Test
  void keepsEveryScorecardAndDifficultyAsComputed() {
    TenantId own = newTenant();

    StepVerifier.create(scoring.replace(own, result, NOW)).verifyComplete();

    for (Scorecard card : result.scorecards()) {
      StepVerifier.create(scoring.findScorecard(own, "2026-11", card.agentId()))
          .expectNext(card)
          .verifyComplete();
    }
    CustomerDifficulty difficulty = result.grading().customers().values().iterator().next();
    StepVerifier.create(scoring.findDifficulty(own, difficulty.customerId(), "2026-11"))
        .expectNext(difficulty)
        .verifyComplete();
  }

  @Test
  void keepsEveryDifficultyOfARunWithItsContributions() {
    TenantId own = newTenant();

    scoring.replace(own, result, NOW).block();

    assertThat(result.grading().customers().values())
        .anySatisfy(difficulty -> assertThat(difficulty.contributions()).anyMatch(c -> c.missing()))
        .allSatisfy(
            difficulty ->
                assertThat(scoring.findDifficulty(own, difficulty.customerId(), "2026-11").block())
                    .isEqualTo(difficulty));
  }

  @Test
  void keepsContributionsThatDoNotFollowFromTheRunsScalesAsTheyWere() {
    TenantId own = newTenant();
    CustomerDifficulty computed = result.grading().customers().values().iterator().next();
    List<DimensionContribution> changed = new ArrayList<>(computed.contributions());
    DimensionContribution first = changed.getFirst();
    changed.set(
        0, new DimensionContribution(first.dimension(), 2.5, 0.75, first.weight() + 0.125, 0.3125));
    CustomerDifficulty edited =
        new CustomerDifficulty(
            computed.customerId(),
            computed.agentId(),
            computed.coefficient(),
            computed.tickets(),
            computed.normaliser(),
            changed);

    scoring
        .replace(
            own,
            withGrading(
                result,
                new DifficultyGrading(
                    result.grading().source(),
                    result.grading().weights(),
                    result.grading().scales(),
                    result.grading().fitTickets(),
                    Map.of(edited.customerId(), edited))),
            NOW)
        .block();

    StepVerifier.create(scoring.findDifficulty(own, edited.customerId(), "2026-11"))
        .expectNext(edited)
        .verifyComplete();
  }

  @Test
  void listsATeamsScorecardsBestFirst() {
    TenantId own = newTenant();
    String team = result.scorecards().getFirst().teamId();
    List<Scorecard> members =
        result.scorecards().stream().filter(card -> team.equals(card.teamId())).toList();

    scoring.replace(own, result, NOW).block();

    StepVerifier.create(scoring.findTeamScorecards(own, "2026-11", team).collectList())
        .expectNext(members)
        .verifyComplete();
    assertThat(members).hasSizeGreaterThan(1);
    assertThat(members.getFirst().total()).isGreaterThanOrEqualTo(members.getLast().total());
  }

  @Test
  void replacesAPeriodsResultsWhole() {
    TenantId own = newTenant();
    Scorecard kept = result.scorecards().getFirst();
    Scorecard dropped = result.scorecards().getLast();
    scoring.replace(own, result, NOW).block();

    scoring.replace(own, withScorecards(result, List.of(kept)), NOW.plusSeconds(60)).block();

    StepVerifier.create(scoring.findScorecard(own, "2026-11", kept.agentId()))
        .expectNext(kept)
        .verifyComplete();
    StepVerifier.create(scoring.findScorecard(own, "2026-11", dropped.agentId())).verifyComplete();
  }

  @Test
  void leavesTheEarlierRunWhenStoringANewOneFails() {
    TenantId own = newTenant();
    scoring.replace(own, result, NOW).block();
    CustomerDifficulty tooLong =
        new CustomerDifficulty("c".repeat(300), null, 1.0, 0, 1.0, List.of());
    ScoringResult broken =
        new ScoringResult(
            result.period(),
            result.configVersion(),
            new DifficultyGrading(
                result.grading().source(),
                result.grading().weights(),
                result.grading().scales(),
                result.grading().fitTickets(),
                Map.of(tooLong.customerId(), tooLong)),
            List.of(),
            result.fairness(),
            Map.of());

    StepVerifier.create(scoring.replace(own, broken, NOW.plusSeconds(60)))
        .expectError(StorageException.class)
        .verify();

    Scorecard first = result.scorecards().getFirst();
    StepVerifier.create(scoring.findScorecard(own, "2026-11", first.agentId()))
        .expectNext(first)
        .verifyComplete();
  }

  @Test
  void listsEveryScorecardOfAPeriodBestFirstAndNoneOfAnUnscoredOne() {
    TenantId own = newTenant();

    scoring.replace(own, result, NOW).block();

    StepVerifier.create(scoring.scorecards(own, "2026-11").collectList())
        .expectNext(result.scorecards())
        .verifyComplete();
    assertThat(result.scorecards()).hasSize(10);
    StepVerifier.create(scoring.scorecards(own, "2026-10")).verifyComplete();
    StepVerifier.create(scoring.scorecards(newTenant(), "2026-11")).verifyComplete();
  }

  @Test
  void namesThePeriodOfTheMostRecentlyComputedRun() {
    TenantId own = newTenant();
    StepVerifier.create(scoring.latestPeriod(own)).verifyComplete();

    scoring.replace(own, result, NOW).block();
    scoring
        .replace(own, withPeriod(result, ScoringPeriod.parse("2026-10")), NOW.plusSeconds(5))
        .block();

    StepVerifier.create(scoring.latestPeriod(own)).expectNext("2026-10").verifyComplete();
    scoring.replace(own, result, NOW.plusSeconds(10)).block();
    StepVerifier.create(scoring.latestPeriod(own)).expectNext("2026-11").verifyComplete();
  }

  @Test
  void findsTheDifficultyOfTheMostRecentlyComputedRunWhenNoPeriodIsNamed() {
    TenantId own = newTenant();
    CustomerDifficulty october =
        new CustomerDifficulty("cust-x", "agent-1", 0.8, 2, 1.1, List.of());
    CustomerDifficulty november =
        new CustomerDifficulty("cust-x", "agent-1", 1.4, 5, 1.1, List.of());
    scoring.replace(own, onlyDifficulty(NOVEMBER, november), NOW).block();
    scoring
        .replace(own, onlyDifficulty(ScoringPeriod.parse("2026-10"), october), NOW.plusSeconds(5))
        .block();

    StepVerifier.create(scoring.findDifficulty(own, "cust-x", null))
        .expectNext(october)
        .verifyComplete();
    StepVerifier.create(scoring.findDifficulty(own, "cust-x", "2026-11"))
        .expectNext(november)
        .verifyComplete();
    StepVerifier.create(scoring.findDifficulty(own, "cust-y", null)).verifyComplete();
  }

  @Test
  void keepsResultsApartPerTenant() {
    TenantId own = newTenant();
    TenantId other = newTenant();
    scoring.replace(own, result, NOW).block();

    String agent = result.scorecards().getFirst().agentId();
    StepVerifier.create(scoring.findScorecard(other, "2026-11", agent)).verifyComplete();
    StepVerifier.create(scoring.findTeamScorecards(other, "2026-11", "team-01")).verifyComplete();
    StepVerifier.create(scoring.load(other, NOVEMBER, HISTORY_FROM))
        .assertNext(
            empty -> {
              assertThat(empty.agents()).isEmpty();
              assertThat(empty.tickets()).isEmpty();
            })
        .verifyComplete();
  }

  @Test
  void countsConfigurationVersionsUpPerTenant() {
    TenantId own = newTenant();
    ScoringConfig defaults = ScoringConfig.defaults();
    ScoringConfig volumeOnly =
        new ScoringConfig(
            defaults.difficulty(),
            defaults.workload(),
            defaults.quality(),
            List.of(new MetricSetting(Metric.WEIGHTED_VOLUME, 100, Normalisation.peers())),
            5);

    StepVerifier.create(scoring.current(own)).verifyComplete();
    StepVerifier.create(scoring.append(own, defaults, NOW))
        .expectNext(new ScoringConfigVersion(1, defaults, NOW))
        .verifyComplete();
    StepVerifier.create(scoring.append(own, volumeOnly, NOW.plusSeconds(1)))
        .expectNext(new ScoringConfigVersion(2, volumeOnly, NOW.plusSeconds(1)))
        .verifyComplete();

    StepVerifier.create(scoring.current(own))
        .expectNext(new ScoringConfigVersion(2, volumeOnly, NOW.plusSeconds(1)))
        .verifyComplete();
    StepVerifier.create(scoring.current(newTenant())).verifyComplete();
  }

  private static ScoringResult withScorecards(ScoringResult result, List<Scorecard> scorecards) {
    return new ScoringResult(
        result.period(),
        result.configVersion(),
        result.grading(),
        scorecards,
        FairnessSummary.of(scorecards),
        Map.of());
  }

  private static ScoringResult withGrading(ScoringResult result, DifficultyGrading grading) {
    return new ScoringResult(
        result.period(),
        result.configVersion(),
        grading,
        result.scorecards(),
        result.fairness(),
        result.teamFairness());
  }

  private static ScoringResult withPeriod(ScoringResult result, ScoringPeriod period) {
    return new ScoringResult(
        period,
        result.configVersion(),
        result.grading(),
        result.scorecards(),
        result.fairness(),
        result.teamFairness());
  }

  private static ScoringResult onlyDifficulty(ScoringPeriod period, CustomerDifficulty difficulty) {
    return new ScoringResult(
        period,
        0,
        new DifficultyGrading(
            DifficultyGrading.Source.DEFAULT,
            Map.of(),
            Map.of(),
            0,
            Map.of(difficulty.customerId(), difficulty)),
        List.of(),
        new FairnessSummary(0, null, null),
        Map.of());
  }

  private TenantId newTenant() {
    ApiKeyToken admin = ApiKeyToken.generate(RANDOM);
    return database
        .tenants()
        .createWithAdminKey(
            "scoring-" + TENANTS.incrementAndGet(), NOW, admin.keyId(), admin.hash())
        .map(Tenant::id)
        .blockOptional()
        .orElseThrow();
  }

  /** A ticket's facts as the database gives them back: times to the microsecond. */
  private static TicketFacts truncated(Ticket ticket) {
    return TicketFacts.of(
        new Ticket(
            ticket.externalId(),
            ticket.customerId(),
            ticket.assigneeId(),
            ticket.channel(),
            ticket.category(),
            ticket.priority(),
            micros(ticket.createdAt()),
            micros(ticket.firstResponseAt()),
            micros(ticket.resolvedAt()),
            ticket.reopenCount(),
            ticket.satisfaction(),
            ticket.complaint(),
            ticket.escalated(),
            ticket.handleSeconds(),
            ticket.subject(),
            ticket.description(),
            ticket.resolution()));
  }

  private static Instant micros(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }
}
