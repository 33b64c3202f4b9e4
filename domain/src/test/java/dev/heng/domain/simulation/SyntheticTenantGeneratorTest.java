package dev.heng.domain.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.Agent;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.ContributionType;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.KnowledgeArticle;
import dev.heng.domain.record.Segment;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticTenantGeneratorTest {

  private static final SyntheticTenantGenerator GENERATOR = new SyntheticTenantGenerator();
  private static final ToDoubleFunction<Ticket> COMPLAINED = t -> t.complaint() ? 1 : 0;

  private static SimulationParameters defaults;
  private static SyntheticTenant tenant;

  @BeforeAll
  static void generateDefaultTenant() {
    defaults = SimulationParameters.defaults(2026);
    tenant = GENERATOR.generate(defaults);
  }

  @Test
  void sameParametersGiveEqualTenants() {
    SyntheticTenant again = GENERATOR.generate(defaults);

    assertThat(again).isEqualTo(tenant);
  }

  @Test
  void differentSeedsGiveDifferentTenants() {
    SyntheticTenant other = GENERATOR.generate(SimulationParameters.defaults(2027));

    assertThat(other.truth().agentSkill()).isNotEqualTo(tenant.truth().agentSkill());
    assertThat(other.tickets()).isNotEqualTo(tenant.tickets());
  }

  @Test
  void agentsAndCustomersOfASeedStayWhenOnlyThePeriodChanges() {
    SyntheticTenant shorter =
        GENERATOR.generate(SimulationParameters.builder(2026).days(14).build());

    assertThat(shorter.agents()).isEqualTo(tenant.agents());
    assertThat(shorter.truth()).isEqualTo(tenant.truth());
    assertThat(shorter.tickets().size()).isLessThan(tenant.tickets().size() * 2 / 3);
  }

  @Test
  void sizesFollowTheParameters() {
    int expectedTickets = (int) Math.round(1_600 * 1.25 * 28 / 30.0);

    assertThat(tenant.agents()).hasSize(40);
    assertThat(tenant.customers()).hasSize(1_600);
    assertThat(tenant.teams()).hasSize(5);
    assertThat(tenant.tickets().size())
        .isBetween(expectedTickets * 85 / 100, expectedTickets * 115 / 100);
    assertThat(tenant.events().size() / (double) tenant.tickets().size()).isBetween(6.0, 12.0);
    assertThat(tenant.articles()).hasSizeGreaterThanOrEqualTo(16);
    assertThat(tenant.contributions()).isNotEmpty();
    assertThat(tenant.truth().agentSkill()).hasSize(40);
    assertThat(tenant.truth().customerDifficulty()).hasSize(1_600);
  }

  @Test
  void idsAreReadableAndStable() {
    assertThat(tenant.teams().get(0).externalId()).isEqualTo("team-01");
    assertThat(tenant.agents().get(0).externalId()).isEqualTo("agent-001");
    assertThat(tenant.customers().get(0).externalId()).isEqualTo("cust-00001");
    assertThat(tenant.tickets().get(0).externalId()).isEqualTo("t-000001");
    assertThat(tenant.events().get(0).externalId()).isEqualTo("t-000001-e01");
    assertThat(tenant.events().get(2).externalId()).isEqualTo("t-000001-e03");
    assertThat(tenant.articles().get(0).externalId()).isEqualTo("kb-0001");
    assertThat(tenant.contributions().get(0).externalId()).isEqualTo("contrib-00001");
  }

  @Test
  void poolsAverageFortyCustomersAndMostHoldThirtyFiveToFortyFive() {
    Collection<Integer> sizes = tenant.truth().poolSize().values();
    Map<String, Long> kept =
        tenant.customers().stream()
            .collect(Collectors.groupingBy(Customer::agentId, Collectors.counting()));

    double mean = sizes.stream().mapToInt(Integer::intValue).average().orElseThrow();
    long within = sizes.stream().filter(size -> size >= 35 && size <= 45).count();

    assertThat(mean).isEqualTo(40.0);
    assertThat(within).isGreaterThanOrEqualTo(sizes.size() * 6 / 10);
    assertThat(standardDeviation(sizes.stream().mapToDouble(Integer::doubleValue).toArray()))
        .isGreaterThan(2.0);
    tenant
        .truth()
        .poolSize()
        .forEach((agent, size) -> assertThat(kept.get(agent)).isEqualTo(size.longValue()));
  }

  @Test
  void hiddenDifficultyAveragesOne() {
    double[] difficulty = difficulties(tenant);

    assertThat(Arrays.stream(difficulty).average().orElseThrow()).isCloseTo(1.0, within(1e-9));
    assertThat(Arrays.stream(difficulty).min().orElseThrow()).isPositive();
    assertThat(standardDeviation(logs(difficulty))).isBetween(0.3, 0.4);
  }

  @Test
  void harsherSpreadsGiveWiderDistributions() {
    SyntheticTenant harsh =
        GENERATOR.generate(
            SimulationParameters.builder(2026).difficultySpread(2.0).loadSpread(2.0).build());

    double defaultDifficulty = standardDeviation(logs(difficulties(tenant)));
    double harshDifficulty = standardDeviation(logs(difficulties(harsh)));
    double defaultPools = standardDeviation(poolSizes(tenant));
    double harshPools = standardDeviation(poolSizes(harsh));

    assertThat(harshDifficulty).isGreaterThan(defaultDifficulty * 1.8);
    assertThat(harshPools).isGreaterThan(defaultPools * 1.5);
  }

  @Test
  void eventsAreOrderedWithinTheirTicketAndAgreeWithIt() {
    Map<String, List<TicketEvent>> byTicket = eventsByTicket(tenant);
    Instant start = defaults.start().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end =
        defaults.start().plusDays(defaults.days()).atStartOfDay(ZoneOffset.UTC).toInstant();

    for (Ticket ticket : tenant.tickets()) {
      List<TicketEvent> events = byTicket.get(ticket.externalId());

      assertThat(events.get(0).type()).isEqualTo(EventType.CREATED);
      assertThat(events.get(0).occurredAt()).isEqualTo(ticket.createdAt());
      for (int index = 1; index < events.size(); index++) {
        assertThat(events.get(index).occurredAt()).isAfter(events.get(index - 1).occurredAt());
      }
      assertThat(events.get(0).occurredAt()).isAfterOrEqualTo(start);
      assertThat(events.get(events.size() - 1).occurredAt()).isBefore(end);
      assertThat(ticket.firstResponseAt()).isEqualTo(firstAgentMessage(events));
      assertThat(ticket.resolvedAt()).isEqualTo(lastResolution(events));
      assertThat(ticket.reopenCount()).isEqualTo(count(events, EventType.REOPENED));
      assertThat(ticket.escalated()).isEqualTo(count(events, EventType.ESCALATED) > 0);
      assertThat(ticket.satisfaction()).isEqualTo(rating(events));
      assertThat(ticket.assigneeId()).isEqualTo(lastAssignee(events));
      assertThat(ticket.handleSeconds() == null).isEqualTo(ticket.firstResponseAt() == null);
    }
  }

  @Test
  void linkedArticlesExistedAndBelongToTheTicketsCategory() {
    Map<String, KnowledgeArticle> articles = byId(tenant.articles(), KnowledgeArticle::externalId);
    Map<String, Ticket> tickets = byId(tenant.tickets(), Ticket::externalId);
    List<TicketEvent> links =
        tenant.events().stream()
            .filter(event -> event.type() == EventType.KNOWLEDGE_LINKED)
            .toList();

    long byOthers =
        links.stream()
            .filter(link -> !link.actorId().equals(articles.get(link.articleId()).authorId()))
            .count();

    assertThat(links).isNotEmpty();
    for (TicketEvent link : links) {
      KnowledgeArticle article = articles.get(link.articleId());
      assertThat(article.createdAt()).isBeforeOrEqualTo(link.occurredAt());
      assertThat(article.tags()).contains(tickets.get(link.ticketId()).category());
    }
    assertThat(byOthers).isGreaterThan(links.size() / 2);
  }

  @Test
  void someCustomersWriteChinese() {
    Map<String, Customer> customers = byId(tenant.customers(), Customer::externalId);

    long chineseCustomers =
        tenant.customers().stream()
            .filter(customer -> "zh".equals(customer.attributes().get("language")))
            .count();
    List<String> chineseMessages =
        customerMessages(tenant).stream()
            .filter(
                event -> "zh".equals(customers.get(event.actorId()).attributes().get("language")))
            .map(TicketEvent::text)
            .toList();

    assertThat(chineseCustomers).isBetween(100L, 220L);
    assertThat(chineseMessages).isNotEmpty().allMatch(SyntheticTenantGeneratorTest::hasHan);
  }

  @Test
  void customerMessagesCarryWhatRealMessagesCarry() {
    List<String> texts = customerMessages(tenant).stream().map(TicketEvent::text).toList();

    assertThat(texts).anyMatch(text -> text.matches("(?s).*#[A-C]\\d{5}.*"));
    assertThat(texts).anyMatch(text -> text.contains("https://"));
    assertThat(texts).anyMatch(text -> text.startsWith("@"));
    assertThat(texts).anyMatch(text -> text.contains(":(") || text.contains("😡"));
    assertThat(texts).anyMatch(text -> text.matches("(?s).*\\b[A-Z]{4,} [A-Z]{4,}\\b.*"));
    assertThat(texts).anyMatch(text -> text.contains("complaint") && text.endsWith("thanks"));
    assertThat(texts.stream().distinct().count()).isGreaterThan(texts.size() / 10);
  }

  @Test
  void complaintRateRisesWithDifficultyAndFallsWithSkill() {
    SyntheticTenant big =
        GENERATOR.generate(SimulationParameters.builder(99).agents(150).days(28).build());
    Map<String, Double> difficulty = big.truth().customerDifficulty();
    Map<String, Double> skill = big.truth().agentSkill();

    double[] byDifficulty =
        meanByTercile(big.tickets(), t -> difficulty.get(t.customerId()), COMPLAINED);
    double[] bySkill = meanByTercile(big.tickets(), t -> skill.get(t.assigneeId()), COMPLAINED);

    assertThat(byDifficulty[2]).isGreaterThan(byDifficulty[0] * 1.5);
    assertThat(bySkill[2]).isLessThan(bySkill[0] / 1.5);
  }

  @Test
  void handleTimeRisesWithDifficulty() {
    Map<String, Double> difficulty = tenant.truth().customerDifficulty();
    List<Ticket> answered =
        tenant.tickets().stream().filter(ticket -> ticket.handleSeconds() != null).toList();

    double[] byDifficulty =
        meanByTercile(answered, t -> difficulty.get(t.customerId()), Ticket::handleSeconds);

    assertThat(byDifficulty[0]).isBetween(200.0, 900.0);
    assertThat(byDifficulty[2]).isGreaterThan(byDifficulty[0] * 1.5);
  }

  @Test
  void capsHandleTimeAtTheTicketLimitUnderTheHarshestSettings() {
    SimulationParameters harshest =
        SimulationParameters.builder(11).agents(200).days(30).difficultySpread(5).noise(5).build();

    SyntheticTenant generated = GENERATOR.generate(harshest);

    assertThat(generated.tickets().stream().map(Ticket::handleSeconds))
        .contains(Ticket.MAX_HANDLE_SECONDS);
  }

  @Test
  void seniorAgentsKeepHarderCustomers() {
    List<Agent> agents = tenant.agents();
    double[] seniority = agents.stream().mapToDouble(Agent::seniority).toArray();
    double[] poolDifficulty =
        agents.stream()
            .mapToDouble(agent -> tenant.truth().poolDifficulty().get(agent.externalId()))
            .toArray();
    double[] skill =
        agents.stream()
            .mapToDouble(agent -> tenant.truth().agentSkill().get(agent.externalId()))
            .toArray();

    assertThat(correlation(seniority, skill)).isGreaterThan(0.3);
    assertThat(correlation(seniority, poolDifficulty)).isBetween(0.1, 0.8);
  }

  @Test
  void businessCustomersAreHarderOnAverageWithoutBeingDeterminedByIt() {
    Map<Segment, List<Double>> bySegment = new HashMap<>();
    for (Customer customer : tenant.customers()) {
      bySegment
          .computeIfAbsent(customer.segment(), segment -> new ArrayList<>())
          .add(tenant.truth().customerDifficulty().get(customer.externalId()));
    }

    double enterprise = average(bySegment.get(Segment.ENTERPRISE));
    double individual = average(bySegment.get(Segment.INDIVIDUAL));
    double easiestEnterprise =
        bySegment.get(Segment.ENTERPRISE).stream()
            .mapToDouble(Double::doubleValue)
            .min()
            .orElseThrow();

    assertThat(enterprise).isGreaterThan(individual);
    assertThat(easiestEnterprise).isLessThan(individual);
  }

  @Test
  void contributionsAreWellFormed() {
    Map<String, Agent> agents = byId(tenant.agents(), Agent::externalId);

    for (ContributionRecord contribution : tenant.contributions()) {
      if (contribution.type() == ContributionType.COLLABORATION_CASE) {
        assertThat(contribution.partnerTeamId())
            .isNotEqualTo(agents.get(contribution.agentId()).teamId());
      }
    }
    assertThat(tenant.contributions())
        .extracting(ContributionRecord::type)
        .contains(
            ContributionType.IMPROVEMENT_SUGGESTION,
            ContributionType.COLLABORATION_CASE,
            ContributionType.TRAINING_RESULT);
  }

  @Test
  void generatesALargeTenant() {
    SimulationParameters large =
        SimulationParameters.builder(5).agents(500).customers(20_000).days(30).build();

    SyntheticTenant generated = GENERATOR.generate(large);

    assertThat(generated.agents()).hasSize(500);
    assertThat(generated.customers()).hasSize(20_000);
    assertThat(generated.tickets().size()).isBetween(22_000, 28_000);
  }

  @Test
  void rejectsMissingParameters() {
    assertThatThrownBy(() -> GENERATOR.generate(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameters");
  }

  /** Means of {@code value} over the thirds of the tickets, sorted by {@code driver}. */
  private static double[] meanByTercile(
      List<Ticket> tickets, Function<Ticket, Double> driver, ToDoubleFunction<Ticket> value) {
    List<Ticket> sorted = new ArrayList<>(tickets);
    sorted.sort((left, right) -> Double.compare(driver.apply(left), driver.apply(right)));
    double[] means = new double[3];
    for (int tercile = 0; tercile < 3; tercile++) {
      List<Ticket> part =
          sorted.subList(tercile * sorted.size() / 3, (tercile + 1) * sorted.size() / 3);
      means[tercile] = part.stream().mapToDouble(value).average().orElseThrow();
    }
    return means;
  }

  private static Map<String, List<TicketEvent>> eventsByTicket(SyntheticTenant tenant) {
    return tenant.events().stream().collect(Collectors.groupingBy(TicketEvent::ticketId));
  }

  private static List<TicketEvent> customerMessages(SyntheticTenant tenant) {
    return tenant.events().stream()
        .filter(event -> event.type() == EventType.MESSAGE)
        .filter(event -> event.actorType() == ActorType.CUSTOMER)
        .toList();
  }

  private static Instant firstAgentMessage(List<TicketEvent> events) {
    return events.stream()
        .filter(event -> event.type() == EventType.MESSAGE && event.actorType() == ActorType.AGENT)
        .map(TicketEvent::occurredAt)
        .findFirst()
        .orElse(null);
  }

  /** The last resolution, unless a reopen followed it. */
  private static Instant lastResolution(List<TicketEvent> events) {
    Instant resolved = null;
    for (TicketEvent event : events) {
      if (event.type() == EventType.RESOLVED) {
        resolved = event.occurredAt();
      } else if (event.type() == EventType.REOPENED) {
        resolved = null;
      }
    }
    return resolved;
  }

  private static String lastAssignee(List<TicketEvent> events) {
    String assignee = null;
    for (TicketEvent event : events) {
      if (event.type() == EventType.ASSIGNED || event.type() == EventType.TRANSFERRED) {
        assignee = event.targetAgentId();
      }
    }
    return assignee;
  }

  private static Integer rating(List<TicketEvent> events) {
    return events.stream()
        .filter(event -> event.type() == EventType.RATING_RECEIVED)
        .map(TicketEvent::rating)
        .findFirst()
        .orElse(null);
  }

  private static int count(List<TicketEvent> events, EventType type) {
    return (int) events.stream().filter(event -> event.type() == type).count();
  }

  private static boolean hasHan(String text) {
    return text.codePoints()
        .anyMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN);
  }

  private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
    return records.stream().collect(Collectors.toMap(id, Function.identity()));
  }

  private static double[] difficulties(SyntheticTenant tenant) {
    return tenant.truth().customerDifficulty().values().stream()
        .mapToDouble(Double::doubleValue)
        .toArray();
  }

  private static double[] poolSizes(SyntheticTenant tenant) {
    return tenant.truth().poolSize().values().stream().mapToDouble(Integer::doubleValue).toArray();
  }

  private static double[] logs(double[] values) {
    return Arrays.stream(values).map(Math::log).toArray();
  }

  private static double average(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static double standardDeviation(double[] values) {
    double mean = Arrays.stream(values).average().orElseThrow();
    return Math.sqrt(
        Arrays.stream(values)
            .map(value -> (value - mean) * (value - mean))
            .average()
            .orElseThrow());
  }

  private static double correlation(double[] left, double[] right) {
    double leftMean = Arrays.stream(left).average().orElseThrow();
    double rightMean = Arrays.stream(right).average().orElseThrow();
    double product = 0;
    double leftSquares = 0;
    double rightSquares = 0;
    for (int index = 0; index < left.length; index++) {
      product += (left[index] - leftMean) * (right[index] - rightMean);
      leftSquares += (left[index] - leftMean) * (left[index] - leftMean);
      rightSquares += (right[index] - rightMean) * (right[index] - rightMean);
    }
    return product / Math.sqrt(leftSquares * rightSquares);
  }
}
