package dev.heng.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RetentionStatus;
import dev.heng.domain.record.Segment;
import dev.heng.domain.record.ServiceWindow;
import dev.heng.domain.record.ValueTier;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CustomerGraderTest {

  private static final Instant FROM = CraftedTenant.PERIOD.from();
  private static final Instant TO = CraftedTenant.PERIOD.to();

  private final CustomerGrader grader = new CustomerGrader();

  @Test
  void gradesHardCustomersAboveEasyOnesWithAnAverageOfOne() {
    CraftedTenant tenant = ScorecardCalculatorTest.background();

    DifficultyGrading grading =
        grader.grade(tenant.customers, tenant.tickets, DifficultySettings.defaults(), FROM, TO);

    assertThat(grading.source()).isEqualTo(DifficultyGrading.Source.FITTED);
    assertThat(grading.fitTickets()).isEqualTo(400);
    assertThat(grading.coefficient("bg-0-hard-0"))
        .isGreaterThan(2 * grading.coefficient("bg-0-easy-0"));
    double mean =
        tenant.customers.stream()
            .mapToDouble(customer -> grading.coefficient(customer.externalId()))
            .average()
            .orElseThrow();
    assertThat(mean).isEqualTo(1.0, offset(1e-9));
  }

  @Test
  void explainsEachCoefficientByItsDimensions() {
    CraftedTenant tenant = ScorecardCalculatorTest.background();

    CustomerDifficulty hard =
        grader
            .grade(tenant.customers, tenant.tickets, DifficultySettings.defaults(), FROM, TO)
            .customers()
            .get("bg-0-hard-0");

    assertThat(hard.contributions()).hasSize(DifficultyDimension.values().length);
    double sum =
        hard.contributions().stream().mapToDouble(DimensionContribution::contribution).sum();
    assertThat(Math.log(hard.coefficient()))
        .isEqualTo(sum - Math.log(hard.normaliser()), offset(1e-9));
    assertThat(hard.tickets()).isEqualTo(1);
  }

  @Test
  void keepsHowEachDimensionWasStandardisedSoTheValuesAloneExplainACustomer() {
    CraftedTenant tenant = ScorecardCalculatorTest.background();

    DifficultyGrading grading =
        grader.grade(tenant.customers, tenant.tickets, DifficultySettings.defaults(), FROM, TO);

    assertThat(grading.scales()).containsOnlyKeys(DifficultyDimension.values());
    assertThat(grading.scales().get(DifficultyDimension.HANDLE_EFFORT).sd()).isPositive();
    for (CustomerDifficulty difficulty : grading.customers().values()) {
      for (DimensionContribution contribution : difficulty.contributions()) {
        DifficultyDimension dimension = contribution.dimension();
        assertThat(
                DimensionContribution.of(
                    dimension,
                    contribution.value(),
                    grading.scales().get(dimension),
                    grading.weights().get(dimension)))
            .isEqualTo(contribution);
      }
    }
  }

  @Test
  void countsAMissingValueAsAverageWithoutWeightAndSaysSo() {
    CraftedTenant tenant = ScorecardCalculatorTest.background();
    Customer newcomer =
        new Customer(
            "newcomer",
            Segment.INDIVIDUAL,
            ValueTier.LOW,
            ServiceWindow.BUSINESS_HOURS,
            2,
            "bg-0",
            null,
            null,
            RetentionStatus.ACTIVE,
            null,
            Map.of());
    List<Customer> customers =
        java.util.stream.Stream.concat(
                tenant.customers.stream(), java.util.stream.Stream.of(newcomer))
            .toList();

    CustomerDifficulty graded =
        grader
            .grade(customers, tenant.tickets, DifficultySettings.defaults(), FROM, TO)
            .customers()
            .get("newcomer");

    assertThat(Double.isFinite(graded.coefficient())).isTrue();
    for (DimensionContribution contribution : graded.contributions()) {
      boolean history = contribution.dimension().kind() == DifficultyDimension.Kind.HISTORY;
      boolean expectMissing =
          (history && contribution.dimension() != DifficultyDimension.TICKET_FREQUENCY)
              || contribution.dimension() == DifficultyDimension.CONTRACT_VALUE
              || contribution.dimension() == DifficultyDimension.LIFETIME_VALUE
              || contribution.dimension() == DifficultyDimension.ACCOUNT_AGE;
      assertThat(contribution.missing())
          .as(contribution.dimension().key())
          .isEqualTo(expectMissing);
      if (contribution.missing()) {
        assertThat(contribution.weight()).isZero();
        assertThat(contribution.contribution()).isZero();
      }
    }
  }

  @Test
  void fallsBackToTheDefaultWeightsWhenTooFewTicketsCarryAHandleTime() {
    CraftedTenant tenant = new CraftedTenant().agent("a", "t");
    tenant.customers("a", 30, true, 0);

    DifficultyGrading grading =
        grader.grade(tenant.customers, tenant.tickets, DifficultySettings.defaults(), FROM, TO);

    assertThat(grading.source()).isEqualTo(DifficultyGrading.Source.DEFAULT);
    assertThat(grading.weights().get(DifficultyDimension.PRODUCT_COMPLEXITY))
        .isEqualTo(DifficultyDimension.PRODUCT_COMPLEXITY.defaultWeight());
  }

  @Test
  void usesConfiguredWeightsAndNothingElse() {
    CraftedTenant tenant = ScorecardCalculatorTest.background();
    DifficultySettings settings =
        new DifficultySettings(
            DifficultySettings.WeightSource.CONFIGURED,
            Map.of(DifficultyDimension.SEGMENT, 0.5),
            180,
            3);

    DifficultyGrading grading = grader.grade(tenant.customers, tenant.tickets, settings, FROM, TO);

    assertThat(grading.source()).isEqualTo(DifficultyGrading.Source.CONFIGURED);
    assertThat(grading.weights().get(DifficultyDimension.PRODUCT_COMPLEXITY)).isZero();
    double segmentGap =
        segment(grading.customers().get("bg-0-hard-0"))
            - segment(grading.customers().get("bg-0-easy-0"));
    assertThat(segmentGap).isEqualTo(2.0, offset(0.01));
    assertThat(grading.coefficient("bg-0-hard-0") / grading.coefficient("bg-0-easy-0"))
        .isEqualTo(Math.exp(0.5 * segmentGap), offset(1e-9));
  }

  @Test
  void gradesCustomersWhoseTicketsOpenAngrilyHarderAndCountsUnscoredOnesMissing() {
    CraftedTenant tenant = ScorecardCalculatorTest.background();
    Map<String, CustomerEmotion> openings =
        Map.of(
            "bg-0-hard-0", new CustomerEmotion("bg-0-hard-0", 10, 8),
            "bg-0-easy-0", new CustomerEmotion("bg-0-easy-0", 10, 0));
    DifficultySettings settings =
        new DifficultySettings(
            DifficultySettings.WeightSource.CONFIGURED,
            Map.of(DifficultyDimension.NEGATIVE_EMOTION_SHARE, 0.5),
            180,
            3);

    DifficultyGrading grading =
        grader.grade(tenant.customers, tenant.tickets, openings, settings, FROM, TO);

    DimensionContribution angry = negativeEmotion(grading.customers().get("bg-0-hard-0"));
    DimensionContribution calm = negativeEmotion(grading.customers().get("bg-0-easy-0"));
    // The tenant's rate is 8 of 20; each share is pulled towards it by 3 pseudo-openings.
    assertThat(angry.value()).isEqualTo((8 + 3 * 0.4) / 13, offset(1e-9));
    assertThat(calm.value()).isEqualTo((0 + 3 * 0.4) / 13, offset(1e-9));
    assertThat(grading.coefficient("bg-0-hard-0") / grading.coefficient("bg-0-easy-0"))
        .isEqualTo(Math.exp(0.5 * (angry.standardised() - calm.standardised())), offset(1e-9))
        .isGreaterThan(1.0);
    DimensionContribution unscored = negativeEmotion(grading.customers().get("bg-0-hard-1"));
    assertThat(unscored.missing()).isTrue();
    assertThat(unscored.contribution()).isZero();
  }

  private static DimensionContribution negativeEmotion(CustomerDifficulty difficulty) {
    return difficulty.contributions().stream()
        .filter(
            contribution -> contribution.dimension() == DifficultyDimension.NEGATIVE_EMOTION_SHARE)
        .findFirst()
        .orElseThrow();
  }

  private static double segment(CustomerDifficulty difficulty) {
    return difficulty.contributions().stream()
        .filter(contribution -> contribution.dimension() == DifficultyDimension.SEGMENT)
        .findFirst()
        .orElseThrow()
        .standardised();
  }

  @Test
  void gradesACustomerWhoPhonesNoHarderThanOneWhoWritesWhenOnlyTheChannelSetsTheEffort() {
    List<Customer> customers = new ArrayList<>();
    List<TicketFacts> tickets = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      boolean phones = i < 10;
      String customerId = (phones ? "phones-" : "writes-") + i;
      customers.add(CraftedTenant.customer(customerId, "a", false));
      for (int t = 0; t < 3; t++) {
        tickets.add(
            ticket(
                tickets.size(),
                customerId,
                "a",
                phones ? Channel.PHONE : Channel.EMAIL,
                false,
                phones ? 720 : 360));
      }
    }

    DifficultyGrading grading =
        grader.grade(customers, tickets, configured(DifficultyDimension.HANDLE_EFFORT), FROM, TO);

    assertThat(grading.coefficient("phones-0")).isEqualTo(1.0, offset(1e-9));
    assertThat(grading.coefficient("writes-0")).isEqualTo(1.0, offset(1e-9));
  }

  @Test
  void leavesInTheHistoriesWhatAnAgentsHarderPoolExplainsOfItsAverage() {
    // Hard customers escalate two tickets of four with either agent; "h" keeps 15 of them and 5
    // easy ones, "e" the other way round. Both agents are equally good.
    List<Customer> customers = new ArrayList<>();
    List<TicketFacts> tickets = new ArrayList<>();
    for (String agentId : List.of("h", "e")) {
      for (int i = 0; i < 20; i++) {
        boolean hard = agentId.equals("h") ? i < 15 : i < 5;
        String customerId = agentId + (hard ? "-hard-" : "-easy-") + i;
        customers.add(CraftedTenant.customer(customerId, agentId, hard));
        for (int t = 0; t < 4; t++) {
          tickets.add(
              ticket(tickets.size(), customerId, agentId, Channel.CHAT, hard && t < 2, 600));
        }
      }
    }

    DifficultyGrading grading =
        grader.grade(
            customers, tickets, configured(DifficultyDimension.PRODUCT_COMPLEXITY), FROM, TO);

    double keptByH = escalation(grading.customers().get("h-hard-0"));
    double keptByE = escalation(grading.customers().get("e-hard-0"));
    assertThat(keptByH).isEqualTo(keptByE, offset(1e-9));
    assertThat(keptByH)
        .isGreaterThan(escalation(grading.customers().get("h-easy-15")) + 0.2)
        .isGreaterThan(escalation(grading.customers().get("e-easy-5")) + 0.2);
  }

  @Test
  void doesNotLearnThatARateOfTroublePredictsEffortFromTheTicketsOwnTrouble() {
    // Troubled tickets (escalated, urgent or rated 1) take three times as long, but trouble strikes
    // any ticket at random: a customer's troubles say nothing about how long its other tickets
    // take. Counting each ticket in its own customer's rate would fit a weight of about 0.6 on
    // escalation here.
    for (DifficultyDimension rate :
        List.of(
            DifficultyDimension.ESCALATION_RATE,
            DifficultyDimension.URGENT_SHARE,
            DifficultyDimension.LOW_RATING_SHARE)) {
      SplittableRandom random = new SplittableRandom(7);
      List<Customer> customers = new ArrayList<>();
      List<TicketFacts> tickets = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String agentId = "agent-" + (i % 10);
        String customerId = "c-" + i;
        customers.add(CraftedTenant.customer(customerId, agentId, false));
        for (int t = 0; t < 3; t++) {
          boolean troubled = random.nextDouble() < 0.25;
          int seconds = (int) ((troubled ? 1800 : 600) * Math.exp(0.2 * random.nextGaussian()));
          tickets.add(troubled(tickets.size(), customerId, agentId, rate, troubled, seconds));
        }
      }

      DifficultyGrading grading =
          grader.grade(customers, tickets, DifficultySettings.defaults(), FROM, TO);

      assertThat(grading.source()).isEqualTo(DifficultyGrading.Source.FITTED);
      assertThat(grading.weights().get(rate)).as(rate.key()).isBetween(-0.1, 0.1);
    }
  }

  /** A rated ticket whose trouble is the one {@code rate} counts. */
  private static TicketFacts troubled(
      int number,
      String customerId,
      String agentId,
      DifficultyDimension rate,
      boolean troubled,
      int handleSeconds) {
    TicketFacts plain = ticket(number, customerId, agentId, Channel.CHAT, false, handleSeconds);
    return new TicketFacts(
        plain.ticketId(),
        customerId,
        agentId,
        Channel.CHAT,
        "billing",
        troubled && rate == DifficultyDimension.URGENT_SHARE ? Priority.URGENT : Priority.NORMAL,
        plain.createdAt(),
        plain.firstResponseSeconds(),
        true,
        0,
        troubled && rate == DifficultyDimension.LOW_RATING_SHARE ? 1 : 4,
        false,
        troubled && rate == DifficultyDimension.ESCALATION_RATE,
        handleSeconds);
  }

  @Test
  void countsTicketFrequencyOverTheHistoryTheTenantHasOnALogScale() {
    // The window is 180 days, but the tenant's first ticket is 30 days old.
    Instant monthAgo = TO.minus(Duration.ofDays(30));
    List<Customer> customers =
        List.of(
            CraftedTenant.customer("busy", "a", false),
            CraftedTenant.customer("quiet", "a", false));
    List<TicketFacts> tickets = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      tickets.add(
          withCreatedAt(
              ticket(t, "busy", "a", Channel.CHAT, false, 600), monthAgo.plusSeconds(86_400L * t)));
    }

    DifficultyGrading grading =
        grader.grade(
            customers,
            tickets,
            configured(DifficultyDimension.TICKET_FREQUENCY),
            TO.minus(Duration.ofDays(180)),
            TO);

    assertThat(frequency(grading.customers().get("busy"))).isEqualTo(Math.log(4), offset(1e-9));
    assertThat(frequency(grading.customers().get("quiet"))).isEqualTo(0.0, offset(1e-9));
  }

  private static DifficultySettings configured(DifficultyDimension dimension) {
    return new DifficultySettings(
        DifficultySettings.WeightSource.CONFIGURED, Map.of(dimension, 0.5), 180, 3);
  }

  private static TicketFacts ticket(
      int number,
      String customerId,
      String agentId,
      Channel channel,
      boolean escalated,
      int handleSeconds) {
    return new TicketFacts(
        String.format("g-%05d", number),
        customerId,
        agentId,
        channel,
        "billing",
        Priority.NORMAL,
        Instant.parse("2026-11-02T09:00:00Z").plusSeconds(600L * (number % 2_000)),
        300L,
        true,
        0,
        null,
        false,
        escalated,
        handleSeconds);
  }

  private static TicketFacts withCreatedAt(TicketFacts ticket, Instant createdAt) {
    return new TicketFacts(
        ticket.ticketId(),
        ticket.customerId(),
        ticket.assigneeId(),
        ticket.channel(),
        ticket.category(),
        ticket.priority(),
        createdAt,
        ticket.firstResponseSeconds(),
        ticket.resolved(),
        ticket.reopenCount(),
        ticket.satisfaction(),
        ticket.complaint(),
        ticket.escalated(),
        ticket.handleSeconds());
  }

  private static double escalation(CustomerDifficulty difficulty) {
    return dimension(difficulty, DifficultyDimension.ESCALATION_RATE).value();
  }

  private static double frequency(CustomerDifficulty difficulty) {
    return dimension(difficulty, DifficultyDimension.TICKET_FREQUENCY).value();
  }

  private static DimensionContribution dimension(
      CustomerDifficulty difficulty, DifficultyDimension dimension) {
    return difficulty.contributions().stream()
        .filter(contribution -> contribution.dimension() == dimension)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void tracksHiddenDifficultyOnSyntheticTenants() {
    for (long seed = 1; seed <= 3; seed++) {
      SyntheticTenant tenant =
          new SyntheticTenantGenerator().generate(SimulationParameters.defaults(seed));
      List<TicketFacts> tickets = tenant.tickets().stream().map(TicketFacts::of).toList();

      DifficultyGrading grading =
          grader.grade(tenant.customers(), tickets, DifficultySettings.defaults(), FROM, TO);

      double[] estimated =
          tenant.customers().stream()
              .mapToDouble(customer -> Math.log(grading.coefficient(customer.externalId())))
              .toArray();
      double[] hidden =
          tenant.customers().stream()
              .mapToDouble(
                  customer ->
                      Math.log(tenant.truth().customerDifficulty().get(customer.externalId())))
              .toArray();
      assertThat(Statistics.pearson(estimated, hidden)).as("seed %d", seed).isGreaterThan(0.6);
    }
  }
}
