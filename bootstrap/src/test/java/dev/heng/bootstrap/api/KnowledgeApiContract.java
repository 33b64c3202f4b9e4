package dev.heng.bootstrap.api;

import static dev.heng.bootstrap.api.RecordJson.agent;
import static dev.heng.bootstrap.api.RecordJson.customer;
import static dev.heng.bootstrap.api.RecordJson.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.KnowledgeIndexSync;
import dev.heng.application.port.in.SyncKnowledgeIndexCommand;
import dev.heng.application.port.in.SyncKnowledgeIndexUseCase;
import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.application.port.out.TenantStorePort;
import dev.heng.domain.tenant.Tenant;
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
 * What the knowledge calls promise (see the README), through a running service on a real database
 * and a Lucene index in a temporary directory. Records reach the index only through intake, as an
 * integrator sends them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "heng.demo.enabled=false",
      "heng.platform-key=" + KnowledgeApiContract.PLATFORM,
      "heng.knowledge.catch-up-interval=1h"
    })
@AutoConfigureWebTestClient
@DirtiesContext
abstract class KnowledgeApiContract {

  static final String PLATFORM = "platform-key-of-the-knowledge-tests";

  private static final AtomicInteger TENANTS = new AtomicInteger();

  private WebTestClient client;

  @BeforeEach
  void connect(@Autowired WebTestClient client) {
    this.client = client.mutate().responseTimeout(Duration.ofSeconds(120)).build();
  }

  private String lastTenantName;

  private TenantApi newTenant() {
    lastTenantName = "knowledge-" + TENANTS.incrementAndGet();
    return TenantApi.create(client, PLATFORM, lastTenantName);
  }

  /**
   * Agents A-1 (team T-1), A-2 and A-3 (team T-2). A-1 wrote article KB-1 about double charges. K-1
   * and K-2 were double charges resolved with KB-1; K-3 a login problem; K-4
   * is an open double charge.
   */
  private static void storeKnowledgeBase(TenantApi admin) {
    admin.store("teams", team("T-1", "Billing"), team("T-2", "Returns"));
    admin.store("agents", agent("A-1", "T-1"), agent("A-2", "T-2"), agent("A-3", "T-2"));
    admin.store("customers", customer("C-1", "A-1"));
    admin.store(
        "articles",
        """
        {"externalId": "KB-1", "authorId": "A-1", "title": "Refunding a double charge",
         "body": "Check the payment log, then refund the duplicate charge.", "tags": ["billing"],
         "version": 1, "createdAt": "2026-11-02T08:00:00Z"}"""
            .replace("\n", ""));
    admin.store(
        "tickets",
        resolved("K-1", "A-2", "Charged twice for my order", "Refunded the duplicate charge", 5),
        resolved("K-2", "A-3", "Double charge on my card", "Refunded the duplicate charge", 4),
        resolved("K-3", "A-2", "Cannot log in to the app", "Reset the password", 5),
        """
        {"externalId": "K-4", "customerId": "C-1", "assigneeId": "A-1", "channel": "chat",
         "category": "billing", "priority": "normal", "createdAt": "2026-11-20T09:00:00Z",
         "subject": "I was charged twice", "description": "Two identical charges this morning"}"""
            .replace("\n", ""));
    admin.store(
        "ticket-events",
        knowledgeEvent("E-1", "K-1", "A-2", "knowledge_searched", "2026-11-10T09:01:00Z"),
        knowledgeEvent("E-2", "K-1", "A-2", "knowledge_linked", "2026-11-10T09:04:00Z"),
        knowledgeEvent("E-3", "K-2", "A-3", "knowledge_linked", "2026-11-11T10:00:00Z"));
  }

  private static String resolved(
      String id, String assignee, String subject, String resolution, int rating) {
    return """
        {"externalId": "%s", "customerId": "C-1", "assigneeId": "%s", "channel": "chat",
         "category": "billing", "priority": "normal", "createdAt": "2026-11-10T09:00:00Z",
         "firstResponseAt": "2026-11-10T09:02:00Z", "resolvedAt": "2026-11-10T09:30:00Z",
         "reopenCount": 0, "satisfaction": %d, "handleSeconds": 600,
         "subject": "%s", "resolution": "%s"}"""
        .formatted(id, assignee, rating, subject, resolution)
        .replace("\n", "");
  }

  private static String knowledgeEvent(
      String id, String ticketId, String agentId, String type, String at) {
    String payload =
        type.equals("knowledge_linked") ? "\"articleId\": \"KB-1\"" : "\"query\": \"refund\"";
    return """
        {"externalId": "%s", "ticketId": "%s", "type": "%s", "occurredAt": "%s",
         "actorType": "agent", "actorId": "%s", %s}"""
        .formatted(id, ticketId, type, at, agentId, payload)
        .replace("\n", "");
  }

  private static List<String> ticketIds(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("tickets").forEach(ticket -> ids.add(ticket.get("ticketId").asString()));
    return ids;
  }

  private static JsonNode body(WebTestClient.ResponseSpec response) {
    return response
        .expectStatus()
        .isOk()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void findsResolvedTicketsLikeAStoredTicketAsSoonAsIntakeAnswered() {
    TenantApi admin = newTenant();
    storeKnowledgeBase(admin);

    JsonNode similar = body(admin.get("/api/v1/tickets/K-4/similar?limit=5"));

    assertThat(ticketIds(similar)).startsWith("K-1", "K-2").doesNotContain("K-4");
    JsonNode first = similar.get("tickets").get(0);
    assertThat(first.get("resolution").asString()).isEqualTo("Refunded the duplicate charge");
    assertThat(first.get("score").asDouble()).isPositive();
    assertThat(first.get("articles").get(0).get("title").asString())
        .isEqualTo("Refunding a double charge");
    assertThat(first.get("outcome").get("firstContact").asBoolean()).isTrue();
  }

  @Test
  void findsTicketsLikeATextAndRefusesABlankOne() {
    TenantApi admin = newTenant();
    storeKnowledgeBase(admin);

    JsonNode similar =
        body(
            admin.send(
                HttpMethod.POST,
                MediaType.APPLICATION_JSON,
                Map.of("text", "cannot log in", "limit", 3),
                "/api/v1/knowledge/similar"));

    assertThat(ticketIds(similar)).containsExactly("K-3");
    admin
        .send(
            HttpMethod.POST,
            MediaType.APPLICATION_JSON,
            Map.of("text", " "),
            "/api/v1/knowledge/similar")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    admin.get("/api/v1/tickets/K-4/similar?limit=0").expectStatus().isBadRequest();
  }

  @Test
  void rebuildsATenantsEntriesFromTheDatabase(
      @Autowired TenantStorePort tenants,
      @Autowired IndexKnowledgePort index,
      @Autowired SyncKnowledgeIndexUseCase sync) {
    TenantApi admin = newTenant();
    storeKnowledgeBase(admin);
    Tenant tenant = tenants.findByName(lastTenantName).block();
    index.removeIndexedBefore(tenant.id(), Instant.now().plusSeconds(1)).block();
    assertThat(ticketIds(body(admin.get("/api/v1/tickets/K-4/similar")))).isEmpty();

    KnowledgeIndexSync report = sync.sync(new SyncKnowledgeIndexCommand(lastTenantName)).block();

    assertThat(report.tenants()).isEqualTo(1);
    assertThat(report.rebuilt()).isEqualTo(3);
    assertThat(report.tickets()).isEqualTo(4);
    assertThat(ticketIds(body(admin.get("/api/v1/tickets/K-4/similar")))).startsWith("K-1", "K-2");
    assertThat(body(admin.get("/api/v1/articles/KB-1/neighbours")).get("tickets").size())
        .isEqualTo(2);
  }

  @Test
  void answersAnotherTenantsTicketAsMissing() {
    TenantApi owner = newTenant();
    storeKnowledgeBase(owner);
    TenantApi other = newTenant();

    other.get("/api/v1/tickets/K-4/similar").expectStatus().isNotFound();
    other.get("/api/v1/articles/KB-1/neighbours").expectStatus().isNotFound();
    JsonNode nothing =
        body(
            other.send(
                HttpMethod.POST,
                MediaType.APPLICATION_JSON,
                Map.of("text", "charged twice"),
                "/api/v1/knowledge/similar"));
    assertThat(ticketIds(nothing)).isEmpty();
  }

  @Test
  void ranksTheArticleTheSimilarTicketsWereResolvedWith() {
    TenantApi admin = newTenant();
    storeKnowledgeBase(admin);

    JsonNode paths = body(admin.get("/api/v1/tickets/K-4/solution-paths"));
    JsonNode neighbours = body(admin.get("/api/v1/articles/KB-1/neighbours"));

    JsonNode best = paths.get("paths").get(0);
    assertThat(best.get("tickets").asInt()).isEqualTo(2);
    assertThat(best.get("evidence").size()).isEqualTo(2);
    assertThat(paths.get("ticketsConsidered").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(neighbours.get("tickets").size()).isEqualTo(2);
    assertThat(neighbours.get("authorId").asString()).isEqualTo("A-1");
  }

  @Test
  void listsEveryCreditedReuseOfAnAuthorsArticleForAnAudit() {
    TenantApi admin = newTenant();
    storeKnowledgeBase(admin);
    TenantApi manager = admin.withRole("knowledge_manager");

    JsonNode credit = body(manager.get("/api/v1/agents/A-1/knowledge-credit?period=2026-11"));
    JsonNode reuser = body(manager.get("/api/v1/agents/A-2/knowledge-credit?period=2026-11"));

    assertThat(credit.get("articlesCreated").asInt()).isEqualTo(1);
    assertThat(credit.get("reusesByOthers").asInt()).isEqualTo(2);
    assertThat(credit.get("reuses").get(0).get("ticketId").asString()).isEqualTo("K-1");
    assertThat(credit.get("reuses").get(0).get("reusedBy").asString()).isEqualTo("A-2");
    assertThat(credit.get("credit").asDouble()).isGreaterThan(1.0);
    assertThat(reuser.get("linkRate").asDouble()).isEqualTo(0.5);
    assertThat(reuser.get("retrieval").get("medianMinutesToLink").asDouble()).isEqualTo(3.0);
  }

  @Test
  void judgesKnowledgeRetrievalOnTheScorecardFromTheSearchesAndLinksOfIntake() {
    TenantApi admin = newTenant();
    storeKnowledgeBase(admin);
    admin.store(
        "ticket-events",
        knowledgeEvent("E-4", "K-3", "A-2", "knowledge_searched", "2026-11-10T09:05:00Z"));

    admin
        .send(
            HttpMethod.POST,
            MediaType.APPLICATION_JSON,
            Map.of("period", "2026-11"),
            "/api/v1/scoring/runs")
        .expectStatus()
        .isOk();

    JsonNode searcher = retrieval(admin, "A-2");
    JsonNode linker = retrieval(admin, "A-3");
    JsonNode author = retrieval(admin, "A-1");
    assertThat(searcher.get("value").asDouble()).isEqualTo(0.5);
    assertThat(searcher.get("observations").asInt()).isEqualTo(2);
    assertThat(linker.get("value").asDouble()).isEqualTo(1.0);
    assertThat(linker.get("ratio").asDouble()).isGreaterThan(searcher.get("ratio").asDouble());
    assertThat(author.get("observations").asInt()).isZero();
    assertThat(author.get("effectiveWeight").asDouble()).isZero();
    assertThat(searcher.get("explanation").asString())
        .contains("expected for this agent's tickets, observed/expected")
        .doesNotContain("load");
  }

  private static JsonNode retrieval(TenantApi admin, String agentId) {
    JsonNode card = admin.page("/api/v1/agents/{agent}/scorecards?period=2026-11", agentId);
    for (JsonNode dimension : card.get("dimensions")) {
      for (JsonNode metric : dimension.get("metrics")) {
        if (metric.get("metric").asString().equals("knowledge_retrieval")) {
          return metric;
        }
      }
    }
    throw new AssertionError("no knowledge_retrieval on the scorecard of " + agentId);
  }

  @Test
  void showsAnAgentOnlyItsOwnCreditAndRefusesABadPeriod() {
    TenantApi admin = newTenant();
    storeKnowledgeBase(admin);
    TenantApi agent = admin.withRole("agent", "A-2", null);

    agent.get("/api/v1/agents/A-2/knowledge-credit?period=2026-11").expectStatus().isOk();
    agent.get("/api/v1/agents/A-1/knowledge-credit?period=2026-11").expectStatus().isNotFound();
    admin.get("/api/v1/agents/A-1/knowledge-credit?period=2026-13").expectStatus().isBadRequest();
    admin.get("/api/v1/agents/A-1/knowledge-credit").expectStatus().isBadRequest();
  }
}
