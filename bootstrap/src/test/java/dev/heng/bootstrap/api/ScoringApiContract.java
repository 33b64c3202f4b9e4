package dev.heng.bootstrap.api;

import static dev.heng.bootstrap.api.RecordJson.agent;
import static dev.heng.bootstrap.api.RecordJson.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import tools.jackson.databind.JsonNode;

/**
 * What the scoring API promises, checked through a running service on a real database. Each test
 * works in a tenant of its own holding the brief's example: among ten colleagues with mixed pools,
 * agent {@code a} keeps 30 easy customers of whom 3 complain, agent {@code b} 50 hard customers of
 * whom 8 complain.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "heng.demo.enabled=false",
      "heng.platform-key=" + ScoringApiContract.PLATFORM_KEY,
      "heng.analysis.enabled=false",
      "heng.knowledge.index-dir=target/knowledge-index-scoringapi"
    })
@AutoConfigureWebTestClient
@DirtiesContext
abstract class ScoringApiContract {

  static final String PLATFORM_KEY = "platform-key-of-the-scoring-tests";

  private static final AtomicInteger TENANTS = new AtomicInteger();
  private static final Instant PERIOD_START = Instant.parse("2026-11-02T09:00:00Z");
  private static final String COMPLAINTS_ONLY =
      """
      {"metrics": [{"metric": "complaint_rate", "weight": 100,
                    "normalisation": {"mode": "peers"}}]}""";

  private WebTestClient client;

  @BeforeEach
  void connect(@Autowired WebTestClient client) {
    this.client = client.mutate().responseTimeout(Duration.ofSeconds(120)).build();
  }

  @Test
  void ranksTheAgentWithTheHarderPoolByWhatItsPoolPredicted() {
    TenantApi admin = briefExample();
    admin
        .send(HttpMethod.PUT, MediaType.APPLICATION_JSON, COMPLAINTS_ONLY, "/api/v1/scoring/config")
        .expectStatus()
        .isOk();

    JsonNode run = score(admin, "2026-11");

    assertThat(run.get("agents").asInt()).isEqualTo(12);
    assertThat(run.get("configVersion").asInt()).isEqualTo(1);
    JsonNode a = scorecard(admin, "a", "2026-11");
    JsonNode b = scorecard(admin, "b", "2026-11");
    JsonNode complaintsOfA = metric(a, "complaint_rate");
    JsonNode complaintsOfB = metric(b, "complaint_rate");
    assertThat(complaintsOfA.get("value").asDouble()).isEqualTo(0.10);
    assertThat(complaintsOfB.get("value").asDouble()).isEqualTo(0.16);
    assertThat(complaintsOfB.get("expected").asDouble())
        .isGreaterThan(2 * complaintsOfA.get("expected").asDouble());
    assertThat(complaintsOfA.get("ratio").asDouble()).isGreaterThan(1);
    assertThat(complaintsOfB.get("ratio").asDouble()).isLessThan(1);
    assertThat(b.get("total").asDouble()).isGreaterThan(a.get("total").asDouble());
    assertThat(b.get("poolDifficulty").asDouble())
        .isGreaterThan(a.get("poolDifficulty").asDouble());
    assertThat(b.get("workload").get("coefficient").asDouble())
        .isGreaterThan(a.get("workload").get("coefficient").asDouble());
    assertThat(complaintsOfB.get("explanation").asString())
        .contains("observed 0.16 against", "expected", "lower is better", "points");
  }

  @Test
  void explainsEveryMetricOfTheDefaultScorecard() {
    TenantApi admin = briefExample();
    score(admin, "2026-11");

    JsonNode card = scorecard(admin, "b", "2026-11");

    assertThat(card.get("configVersion").asInt()).isZero();
    List<String> dimensions = new ArrayList<>();
    double contributions = 0;
    double effectiveWeights = 0;
    for (JsonNode dimension : card.get("dimensions")) {
      dimensions.add(dimension.get("dimension").asString());
      for (JsonNode metric : dimension.get("metrics")) {
        contributions += metric.get("contribution").asDouble();
        effectiveWeights += metric.get("effectiveWeight").asDouble();
        assertThat(metric.get("explanation").asString()).isNotBlank();
      }
    }
    assertThat(dimensions).containsExactly("basic", "quality", "development");
    assertThat(effectiveWeights).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(card.get("total").asDouble())
        .isCloseTo(
            Math.min(100, contributions + card.get("teamBonus").asDouble()),
            org.assertj.core.data.Offset.offset(1e-6));
    assertThat(card.get("workload").get("baselineLoad").asDouble()).isPositive();
  }

  @Test
  void givesTheSameScorecardsWhenAPeriodIsScoredAgain() {
    TenantApi admin = briefExample();
    score(admin, "2026-11");
    String first = body(admin.get("/api/v1/teams/team-1/scorecards?period=2026-11"));

    score(admin, "2026-11");

    assertThat(body(admin.get("/api/v1/teams/team-1/scorecards?period=2026-11"))).isEqualTo(first);
  }

  @Test
  void ranksATeamsMembersBestFirstWithItsFairnessSummary() {
    TenantApi admin = briefExample();
    score(admin, "2026-11");

    JsonNode team = admin.page("/api/v1/teams/team-1/scorecards?period=2026-11");

    List<Double> totals = new ArrayList<>();
    List<String> members = new ArrayList<>();
    for (JsonNode member : team.get("members")) {
      totals.add(member.get("total").asDouble());
      members.add(member.get("agentId").asString());
    }
    assertThat(members).containsExactlyInAnyOrder("bg-0", "bg-1", "bg-2", "bg-3", "bg-4", "a", "b");
    assertThat(totals).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    assertThat(team.get("fairness").get("agents").asInt()).isEqualTo(7);
    assertThat(team.get("fairness").get("scoreLoadCorrelation").isNumber()).isTrue();
  }

  @Test
  void explainsACustomersDifficultyByItsDimensions() {
    TenantApi admin = briefExample();
    score(admin, "2026-11");

    JsonNode hard = admin.page("/api/v1/customers/b-hard-0/difficulty?period=2026-11");
    JsonNode easy = admin.page("/api/v1/customers/a-easy-0/difficulty");

    assertThat(hard.get("coefficient").asDouble()).isGreaterThan(1);
    assertThat(easy.get("coefficient").asDouble()).isLessThan(1);
    assertThat(hard.get("agentId").asString()).isEqualTo("b");
    assertThat(hard.get("dimensions")).hasSize(18);
    double sum = 0;
    for (JsonNode dimension : hard.get("dimensions")) {
      sum += dimension.get("contribution").asDouble();
    }
    assertThat(Math.log(hard.get("coefficient").asDouble()))
        .isCloseTo(
            sum - Math.log(hard.get("normaliser").asDouble()),
            org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void showsAnAgentItsOwnScorecardOnlyAndATeamLeadItsOwnTeamOnly() {
    TenantApi admin = briefExample();
    score(admin, "2026-11");
    TenantApi agentA = admin.withRole("agent", "a", null);
    TenantApi leadOfTeam2 = admin.withRole("team_lead", null, "team-2");

    agentA.get("/api/v1/agents/a/scorecards?period=2026-11").expectStatus().isOk();
    agentA.get("/api/v1/agents/b/scorecards?period=2026-11").expectStatus().isNotFound();
    agentA.get("/api/v1/teams/team-1/scorecards?period=2026-11").expectStatus().isNotFound();
    agentA.get("/api/v1/customers/b-hard-0/difficulty").expectStatus().isNotFound();
    agentA.get("/api/v1/customers/a-easy-0/difficulty").expectStatus().isOk();
    leadOfTeam2.get("/api/v1/teams/team-2/scorecards?period=2026-11").expectStatus().isOk();
    leadOfTeam2.get("/api/v1/teams/team-1/scorecards?period=2026-11").expectStatus().isNotFound();
    leadOfTeam2.get("/api/v1/agents/a/scorecards?period=2026-11").expectStatus().isNotFound();
  }

  @Test
  void answersAnotherTenantsAgentLikeAMissingOne() {
    TenantApi admin = briefExample();
    score(admin, "2026-11");
    TenantApi stranger = newTenant();

    stranger.get("/api/v1/agents/a/scorecards?period=2026-11").expectStatus().isNotFound();
    stranger.get("/api/v1/teams/team-1/scorecards?period=2026-11").expectStatus().isNotFound();
    stranger.get("/api/v1/customers/b-hard-0/difficulty").expectStatus().isNotFound();
  }

  @Test
  void letsOnlyAdminsConfigureAndAdminsAndIntegrationsRun() {
    TenantApi admin = newTenant();
    TenantApi reviewer = admin.withRole("qa_reviewer");
    TenantApi integration = admin.withRole("integration_client");

    reviewer.get("/api/v1/scoring/config").expectStatus().isForbidden();
    reviewer
        .send(HttpMethod.PUT, MediaType.APPLICATION_JSON, COMPLAINTS_ONLY, "/api/v1/scoring/config")
        .expectStatus()
        .isForbidden();
    run(reviewer, "2026-11").expectStatus().isForbidden();
    run(integration, "2026-11").expectStatus().isOk();
    admin
        .get("/api/v1/scoring/config")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(0)
        .jsonPath("$.config.metrics.length()")
        .isEqualTo(10)
        .jsonPath("$.config.metrics[0].metric")
        .isEqualTo("weighted_volume")
        .jsonPath("$.config.metrics[6].metric")
        .isEqualTo("knowledge_retrieval");
  }

  @Test
  void versionsEachStoredConfigurationAndServesTheNewest() {
    TenantApi admin = newTenant();

    admin
        .send(HttpMethod.PUT, MediaType.APPLICATION_JSON, COMPLAINTS_ONLY, "/api/v1/scoring/config")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(1);
    admin
        .send(HttpMethod.PUT, MediaType.APPLICATION_JSON, COMPLAINTS_ONLY, "/api/v1/scoring/config")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(2);

    admin
        .get("/api/v1/scoring/config")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(2)
        .jsonPath("$.config.metrics.length()")
        .isEqualTo(1)
        .jsonPath("$.config.difficulty.source")
        .isEqualTo("fitted")
        .jsonPath("$.config.workload.industryBaseline")
        .isEqualTo(40.0);
  }

  @Test
  void refusesAConfigurationNamingEveryBadField() {
    TenantApi admin = newTenant();
    String broken =
        """
        {"metrics": [{"metric": "speed", "weight": 50},
                     {"metric": "satisfaction", "weight": 30, "normalisation": {"mode": "best"}}],
         "difficulty": {"weights": {"mood": 0.2}}}""";
    String badSum =
        """
        {"metrics": [{"metric": "satisfaction", "weight": 60},
                     {"metric": "complaint_rate", "weight": 30}],
         "teamBonusPoints": 50}""";

    admin
        .send(HttpMethod.PUT, MediaType.APPLICATION_JSON, broken, "/api/v1/scoring/config")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'metrics[0].metric')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'metrics[1].normalisation.mode')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'difficulty.weights.mood')]")
        .exists();
    admin
        .send(HttpMethod.PUT, MediaType.APPLICATION_JSON, badSum, "/api/v1/scoring/config")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'metrics')].reason")
        .isEqualTo("weights must sum to 100, summed to 90.0")
        .jsonPath("$.errors[?(@.field == 'teamBonusPoints')]")
        .exists();
    admin
        .send(
            HttpMethod.PUT,
            MediaType.APPLICATION_JSON,
            "{\"metricz\": []}",
            "/api/v1/scoring/config")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("metricz")
        .jsonPath("$.errors[0].reason")
        .isEqualTo("is not a known field");
    admin
        .get("/api/v1/scoring/config")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(0);
  }

  @Test
  void refusesPeriodsThatNameNoPeriodAndAnswersUnscoredOnesAsMissing() {
    TenantApi admin = briefExample();

    admin
        .get("/api/v1/agents/a/scorecards?period=2026-13")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("period");
    admin.get("/api/v1/agents/a/scorecards").expectStatus().isBadRequest();
    run(admin, "November").expectStatus().isBadRequest();
    admin.get("/api/v1/agents/a/scorecards?period=2026-W48").expectStatus().isNotFound();
  }

  private TenantApi briefExample() {
    TenantApi admin = newTenant();
    admin.store("teams", team("team-1", "Billing"), team("team-2", "Returns"));
    List<String> agents = new ArrayList<>();
    List<String> customers = new ArrayList<>();
    List<String> tickets = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String id = "bg-" + i;
      agents.add(agent(id, i < 5 ? "team-1" : "team-2"));
      keep(id, 20, false, i % 2, customers, tickets);
      keep(id, 20, true, 4, customers, tickets);
    }
    agents.add(agent("a", "team-1"));
    agents.add(agent("b", "team-1"));
    keep("a", 30, false, 3, customers, tickets);
    keep("b", 50, true, 8, customers, tickets);
    admin.store("agents", agents);
    admin.store("customers", customers);
    admin.store("tickets", tickets);
    return admin;
  }

  /**
   * Adds customers kept by the agent, each raising one resolved ticket in November 2026; easy ones
   * take 5 minutes, hard ones 15, and the first {@code complaints} tickets carry a complaint.
   */
  private static void keep(
      String agentId,
      int count,
      boolean hard,
      int complaints,
      List<String> customers,
      List<String> tickets) {
    for (int i = 0; i < count; i++) {
      String customerId = agentId + (hard ? "-hard-" : "-easy-") + i;
      customers.add(
          """
          {"externalId": "%s", "segment": "%s", "valueTier": "%s", "serviceWindow": "%s",
           "productComplexity": %d, "agentId": "%s", "customerSince": "2024-01-01"}"""
              .formatted(
                  customerId,
                  hard ? "enterprise" : "individual",
                  hard ? "strategic" : "standard",
                  hard ? "always" : "business_hours",
                  hard ? 5 : 1,
                  agentId)
              .replace("\n", ""));
      int number = tickets.size() + 1;
      Instant created = PERIOD_START.plusSeconds(3_600L * (number % 600));
      tickets.add(
          """
          {"externalId": "t-%05d", "customerId": "%s", "assigneeId": "%s", "channel": "chat",
           "category": "billing", "priority": "normal", "createdAt": "%s",
           "firstResponseAt": "%s", "resolvedAt": "%s", "complaint": %b, "handleSeconds": %d}"""
              .formatted(
                  number,
                  customerId,
                  agentId,
                  created,
                  created.plusSeconds(120 + 10 * (i % 7)),
                  created.plusSeconds(3_600),
                  i < complaints,
                  (hard ? 900 : 300) + 30 * (i % 5) - 60)
              .replace("\n", ""));
    }
  }

  private JsonNode score(TenantApi caller, String period) {
    return run(caller, period)
        .expectStatus()
        .isOk()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  private static ResponseSpec run(TenantApi caller, String period) {
    return caller.send(
        HttpMethod.POST,
        MediaType.APPLICATION_JSON,
        Map.of("period", period),
        "/api/v1/scoring/runs");
  }

  private static JsonNode scorecard(TenantApi caller, String agentId, String period) {
    return caller.page("/api/v1/agents/{agent}/scorecards?period={period}", agentId, period);
  }

  private static JsonNode metric(JsonNode card, String key) {
    for (JsonNode dimension : card.get("dimensions")) {
      for (JsonNode metric : dimension.get("metrics")) {
        if (metric.get("metric").asString().equals(key)) {
          return metric;
        }
      }
    }
    throw new AssertionError("the scorecard has no metric " + key + ": " + card);
  }

  private static String body(ResponseSpec response) {
    return response.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
  }

  private TenantApi newTenant() {
    return TenantApi.create(client, PLATFORM_KEY, "scoring-" + TENANTS.incrementAndGet());
  }
}
