package dev.heng.bootstrap.api;

import static dev.heng.bootstrap.api.RecordJson.agent;
import static dev.heng.bootstrap.api.RecordJson.customer;
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
import tools.jackson.databind.JsonNode;

/**
 * What the suggestions API promises, checked through a running service on a real database. Each
 * test works in a tenant of its own: eight agents in two teams keep 20 alike customers each and
 * raise 20 billing tickets a month. In November agent {@code weak} has 8 complaints, {@code
 * p-0}..{@code p-6} none or one; the best of them link article {@code kb-refund} on their billing
 * tickets. Agent {@code p-1} had 8 complaints in September, completed the training "De-escalation
 * drill" in October, and has none in November. The card scores complaints and satisfaction only.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "heng.demo.enabled=false",
      "heng.platform-key=" + SuggestionApiContract.PLATFORM_KEY,
      "heng.analysis.enabled=false",
      "heng.knowledge.index-dir=target/knowledge-index-suggestionapi"
    })
@AutoConfigureWebTestClient
@DirtiesContext
abstract class SuggestionApiContract {

  static final String PLATFORM_KEY = "platform-key-of-the-suggestion-tests";

  private static final AtomicInteger TENANTS = new AtomicInteger();
  private static final String CARD =
      """
      {"metrics": [
        {"metric": "complaint_rate", "weight": 60, "normalisation": {"mode": "peers"}},
        {"metric": "satisfaction", "weight": 40, "normalisation": {"mode": "peers"}}]}""";

  private WebTestClient client;

  @BeforeEach
  void connect(@Autowired WebTestClient client) {
    this.client = client.mutate().responseTimeout(Duration.ofSeconds(120)).build();
  }

  @Test
  void suggestsArticlesTrainingAndTicketsEachWithItsEvidence() {
    TenantApi admin = crafted();
    score(admin, "2026-09");
    score(admin, "2026-11");

    JsonNode plan = admin.page("/api/v1/agents/weak/suggestions?period=2026-11");

    assertThat(plan.get("period").asString()).isEqualTo("2026-11");
    assertThat(plan.get("peers").get("size").asInt()).isEqualTo(7);
    assertThat(plan.get("peers").get("agentIds")).hasSize(7);
    assertThat(plan.get("dimensions").get(0).get("dimension").asString()).isEqualTo("quality");
    assertThat(plan.get("dimensions").get(0).get("weak").asBoolean()).isTrue();
    JsonNode first = plan.get("suggestions").get(0);
    assertThat(first.get("gap").get("metric").asString()).isEqualTo("complaint_rate");
    assertThat(first.get("gap").get("gapPoints").asDouble()).isGreaterThanOrEqualTo(5);
    assertThat(first.get("gap").get("contributionGap").asDouble()).isPositive();
    assertThat(first.get("sentence").asString()).contains("Complaint rate", "peers");

    JsonNode articles = first.get("articles");
    assertThat(articles.get("categories").get(0).asString()).isEqualTo("billing");
    JsonNode refund = articles.get("articles").get(0);
    assertThat(refund.get("articleId").asString()).isEqualTo("kb-refund");
    assertThat(refund.get("title").asString()).isEqualTo("Refund a double charge");
    assertThat(refund.get("reuses").asInt()).isPositive();
    assertThat(refund.get("ticketIds").size()).isEqualTo(refund.get("reuses").asInt());
    assertThat(refund.get("meanOutcome").asDouble()).isBetween(0.0, 1.0);
    assertThat(refund.get("agentReuses").asInt()).isZero();
    assertThat(articles.get("sentence").asString()).contains("kb-refund");

    JsonNode training = first.get("training");
    assertThat(training.get("evidence").asString()).isEqualTo("improvement_found");
    assertThat(training.get("earlierRuns").get(0).asString()).isEqualTo("2026-09");
    JsonNode drill = training.get("trainings").get(0);
    assertThat(drill.get("title").asString()).isEqualTo("De-escalation drill");
    JsonNode compared = drill.get("comparisons").get(0);
    assertThat(compared.get("agentId").asString()).isEqualTo("p-1");
    assertThat(compared.get("recordId").asString()).isEqualTo("training-p-1");
    assertThat(compared.get("beforePeriod").asString()).isEqualTo("2026-09");
    assertThat(compared.get("after").asDouble()).isGreaterThan(compared.get("before").asDouble());
    assertThat(training.get("sentence").asString()).contains("De-escalation drill");

    JsonNode tickets = first.get("tickets");
    assertThat(tickets.get("matching").asInt()).isEqualTo(8);
    assertThat(tickets.get("ofTickets").asInt()).isEqualTo(20);
    assertThat(tickets.get("tickets")).hasSize(5);
    JsonNode ticket = tickets.get("tickets").get(0);
    assertThat(ticket.get("complaint").asBoolean()).isTrue();
    assertThat(ticket.get("trajectory").asString())
        .isEqualTo("/api/v1/tickets/" + ticket.get("ticketId").asString() + "/trajectory");
    admin.get(ticket.get("trajectory").asString()).expectStatus().isOk();
  }

  @Test
  void saysThereIsNoTrainingEvidenceWhenNoEarlierPeriodIsScored() {
    TenantApi admin = crafted();
    score(admin, "2026-11");

    JsonNode plan = admin.page("/api/v1/agents/weak/suggestions?period=2026-11");

    JsonNode training = plan.get("suggestions").get(0).get("training");
    assertThat(training.get("evidence").asString()).isEqualTo("no_earlier_run");
    assertThat(training.get("trainings")).isEmpty();
    assertThat(training.get("sentence").asString()).contains("no such evidence");
  }

  @Test
  void givesAnAgentWithNoWeakMetricAnEmptyListAndASentence() {
    TenantApi admin = crafted();
    score(admin, "2026-11");

    JsonNode plan = admin.page("/api/v1/agents/p-0/suggestions?period=2026-11");

    assertThat(plan.get("suggestions")).isEmpty();
    assertThat(plan.get("metrics")).isNotEmpty();
    assertThat(plan.get("summary").asString()).contains("nothing to suggest");
  }

  @Test
  void comparesInTheLatestScoredPeriodWhenNoneIsNamed() {
    TenantApi admin = crafted();
    score(admin, "2026-11");
    score(admin, "2026-09");

    JsonNode plan = admin.page("/api/v1/agents/weak/suggestions");

    assertThat(plan.get("period").asString()).isEqualTo("2026-09");
  }

  @Test
  void answersConflictWithHowToScoreWhenThePeriodWasNotScored() {
    TenantApi admin = crafted();

    JsonNode none = conflict(admin, "/api/v1/agents/weak/suggestions");
    score(admin, "2026-11");
    JsonNode october = conflict(admin, "/api/v1/agents/weak/suggestions?period=2026-10");

    assertThat(none.get("detail").asString()).contains("POST /api/v1/scoring/runs");
    assertThat(october.get("detail").asString()).contains("2026-10", "POST /api/v1/scoring/runs");
    admin.get("/api/v1/agents/weak/suggestions?period=2026-13").expectStatus().isBadRequest();
  }

  @Test
  void showsSuggestionsToTheAgentItselfItsTeamLeadAndTenantWideRolesOnly() {
    TenantApi admin = crafted();
    score(admin, "2026-11");
    TenantApi weak = admin.withRole("agent", "weak", null);
    TenantApi other = admin.withRole("agent", "p-0", null);
    TenantApi leadOfTeam1 = admin.withRole("team_lead", null, "team-1");
    TenantApi leadOfTeam2 = admin.withRole("team_lead", null, "team-2");
    TenantApi reviewer = admin.withRole("qa_reviewer");

    JsonNode own = weak.page("/api/v1/agents/weak/suggestions?period=2026-11");
    JsonNode led = leadOfTeam1.page("/api/v1/agents/weak/suggestions?period=2026-11");
    reviewer.get("/api/v1/agents/weak/suggestions?period=2026-11").expectStatus().isOk();
    other.get("/api/v1/agents/weak/suggestions?period=2026-11").expectStatus().isNotFound();
    leadOfTeam2.get("/api/v1/agents/weak/suggestions?period=2026-11").expectStatus().isNotFound();
    newTenant().get("/api/v1/agents/weak/suggestions?period=2026-11").expectStatus().isNotFound();

    assertThat(own.get("peers").get("size").asInt()).isEqualTo(7);
    assertThat(own.get("peers").get("agentIds")).isEmpty();
    List<String> named = new ArrayList<>();
    led.get("peers").get("agentIds").forEach(id -> named.add(id.asString()));
    assertThat(named).containsExactly("p-0", "p-2", "p-4", "p-6");
  }

  /** The tenant the class describes, unscored, with the two-metric card configured. */
  private TenantApi crafted() {
    TenantApi admin = newTenant();
    admin
        .send(HttpMethod.PUT, MediaType.APPLICATION_JSON, CARD, "/api/v1/scoring/config")
        .expectStatus()
        .isOk();
    admin.store("teams", team("team-1", "Billing"), team("team-2", "Returns"));
    List<String> agents = new ArrayList<>();
    List<String> customers = new ArrayList<>();
    List<String> tickets = new ArrayList<>();
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String id = i == 7 ? "weak" : "p-" + i;
      agents.add(agent(id, i % 2 == 0 || i == 7 ? "team-1" : "team-2"));
      for (int c = 0; c < 20; c++) {
        customers.add(customer(id + "-c" + c, id));
      }
      int september = id.equals("p-1") || id.equals("weak") ? 8 : i % 2;
      int november = id.equals("weak") ? 8 : i % 2;
      month(id, "2026-09", september, tickets);
      month(id, "2026-11", november, tickets);
      if (i < 3 && i != 1) {
        for (int t = 0; t < 6; t++) {
          String ticket = ticketId(id, "2026-11", t);
          events.add(linked("link-" + ticket, ticket, id, "2026-11"));
        }
      }
    }
    admin.store("agents", agents);
    admin.store("customers", customers);
    admin.store("tickets", tickets);
    admin.store("ticket-events", events);
    admin.store(
        "articles",
        """
        {"externalId": "kb-refund", "authorId": "p-0", "title": "Refund a double charge",
         "body": "Check the ledger, then refund the second charge.", "tags": ["billing"],
         "version": 1, "createdAt": "2026-06-01T00:00:00Z", "updatedAt": "2026-06-01T00:00:00Z"}"""
            .replace("\n", ""));
    admin.store(
        "contributions",
        """
        {"externalId": "training-p-1", "agentId": "p-1", "type": "training_result",
         "occurredAt": "2026-10-14T10:00:00Z", "title": "De-escalation drill",
         "trainingKind": "simulation", "score": 86}"""
            .replace("\n", ""));
    return admin;
  }

  /** Twenty resolved billing tickets of the agent in the month, the first few with complaints. */
  private static void month(String agentId, String month, int complaints, List<String> tickets) {
    for (int t = 0; t < 20; t++) {
      Instant created = Instant.parse(month + "-02T09:00:00Z").plusSeconds(86_400L * t + 60L * t);
      boolean complaint = t < complaints;
      tickets.add(
          """
          {"externalId": "%s", "customerId": "%s-c%d", "assigneeId": "%s", "channel": "chat",
           "category": "billing", "priority": "normal", "createdAt": "%s",
           "firstResponseAt": "%s", "resolvedAt": "%s", "complaint": %b, "satisfaction": %d,
           "handleSeconds": 600}"""
              .formatted(
                  ticketId(agentId, month, t),
                  agentId,
                  t,
                  agentId,
                  created,
                  created.plusSeconds(120),
                  created.plusSeconds(3_600),
                  complaint,
                  complaint ? 2 : 4 + t % 2)
              .replace("\n", ""));
    }
  }

  private static String ticketId(String agentId, String month, int t) {
    return "t-" + agentId + "-" + month + "-" + t;
  }

  private static String linked(String eventId, String ticketId, String agentId, String month) {
    return """
        {"externalId": "%s", "ticketId": "%s", "type": "knowledge_linked",
         "occurredAt": "%s", "actorType": "agent", "actorId": "%s", "articleId": "kb-refund"}"""
        .formatted(eventId, ticketId, month + "-28T12:00:00Z", agentId)
        .replace("\n", "");
  }

  private static void score(TenantApi admin, String period) {
    admin
        .send(
            HttpMethod.POST,
            MediaType.APPLICATION_JSON,
            Map.of("period", period),
            "/api/v1/scoring/runs")
        .expectStatus()
        .isOk();
  }

  private static JsonNode conflict(TenantApi caller, String uri) {
    return caller
        .get(uri)
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  private TenantApi newTenant() {
    return TenantApi.create(client, PLATFORM_KEY, "suggestions-" + TENANTS.incrementAndGet());
  }
}
