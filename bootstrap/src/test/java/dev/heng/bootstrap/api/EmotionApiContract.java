package dev.heng.bootstrap.api;

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
 * Conversation emotion through the running service: messages sent through intake are analysed by
 * the service's own workers on the real CoreNLP model, and the trajectory endpoint replays the
 * ticket with waits, handovers, subtasks, knowledge use and emotion. Each subclass points the
 * service at one database.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "heng.demo.enabled=false",
      "heng.analysis.enabled=true",
      "heng.analysis.workers=1",
      "heng.sentiment.threads=2",
      "heng.platform-key=" + EmotionApiContract.PLATFORM_KEY,
      "heng.knowledge.index-dir=target/knowledge-index-emotionapi"
    })
@AutoConfigureWebTestClient
@DirtiesContext
abstract class EmotionApiContract {

  static final String PLATFORM_KEY = "platform-key-of-the-emotion-tests";

  private static final AtomicInteger TENANTS = new AtomicInteger();
  private static final Duration ANALYSIS_WAIT = Duration.ofMinutes(3);

  private WebTestClient client;

  @BeforeEach
  void connect(@Autowired WebTestClient client) {
    this.client = client.mutate().responseTimeout(Duration.ofSeconds(120)).build();
  }

  @Test
  void analysesIngestedMessagesAndReplaysTheWholeTicket() throws InterruptedException {
    TenantApi admin = newTenant();
    storeHandledTicket(admin);

    JsonNode trajectory = analysed(admin, "K-1");

    List<String> types = new ArrayList<>();
    trajectory.get("steps").forEach(step -> types.add(step.get("type").asString()));
    assertThat(types)
        .containsExactly(
            "created",
            "assigned",
            "message",
            "knowledge_searched",
            "knowledge_searched",
            "knowledge_linked",
            "message",
            "status_changed",
            "transferred",
            "subtask_opened",
            "subtask_closed",
            "message",
            "message",
            "resolved");
    JsonNode steps = trajectory.get("steps");
    assertThat(steps.get(0).get("secondsToNext").asLong()).isEqualTo(10);
    assertThat(steps.get(6).get("customerWaitSeconds").asLong()).isEqualTo(150);
    assertThat(steps.get(2).get("emotion").get("state").asString()).isEqualTo("scored");
    assertThat(steps.get(2).get("emotion").get("score").asDouble()).isLessThan(0);
    assertThat(steps.get(11).get("emotion").get("state").asString()).isEqualTo("not_analysed");
    assertThat(steps.get(11).get("emotion").get("reason").asString())
        .isEqualTo("unsupported_language");
    assertThat(steps.get(12).get("emotion").get("score").asDouble()).isGreaterThan(0);
    assertThat(steps.get(13).get("secondsToNext").isNull()).isTrue();

    JsonNode summary = trajectory.get("summary");
    assertThat(summary.get("firstResponseSeconds").asLong()).isEqualTo(210);
    assertThat(summary.get("secondsInStatus").get("open").asLong()).isEqualTo(240);
    assertThat(summary.get("secondsInStatus").get("pending").asLong()).isEqualTo(780);
    assertThat(summary.get("handovers")).hasSize(1);
    assertThat(summary.get("handovers").get(0).get("fromAgentId").asString()).isEqualTo("A-1");
    assertThat(summary.get("handovers").get(0).get("toAgentId").asString()).isEqualTo("A-2");
    assertThat(summary.get("subtasks").get(0).get("openSeconds").asLong()).isEqualTo(240);
    assertThat(summary.get("knowledge").get("searchesBeforeFirstLink").asInt()).isEqualTo(2);
    assertThat(summary.get("knowledge").get("secondsToFirstLink").asLong()).isEqualTo(60);
    assertThat(summary.get("messagesScored").asInt()).isEqualTo(3);
    assertThat(summary.get("messagesNotAnalysed").asInt()).isEqualTo(1);
    assertThat(summary.get("emotion").get("messages").asInt()).isEqualTo(2);
    assertThat(summary.get("emotion").get("recovery").asDouble()).isGreaterThan(0);
  }

  @Test
  void showsATicketOnlyToAgentsWhoWorkedOnIt() throws InterruptedException {
    TenantApi admin = newTenant();
    storeHandledTicket(admin);
    TenantApi other = newTenant();

    analysed(admin, "K-1");

    admin
        .withRole("agent", "A-1", null)
        .get("/api/v1/tickets/K-1/trajectory")
        .expectStatus()
        .isOk();
    admin
        .withRole("agent", "A-2", null)
        .get("/api/v1/tickets/K-1/trajectory")
        .expectStatus()
        .isOk();
    admin.withRole("qa_reviewer").get("/api/v1/tickets/K-1/trajectory").expectStatus().isOk();
    admin
        .withRole("agent", "A-3", null)
        .get("/api/v1/tickets/K-1/trajectory")
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    other.get("/api/v1/tickets/K-1/trajectory").expectStatus().isNotFound();
    admin.get("/api/v1/tickets/K-404/trajectory").expectStatus().isNotFound();
  }

  @Test
  void reanalysesHistoryOnlyForAnAdmin() throws InterruptedException {
    TenantApi admin = newTenant();
    storeHandledTicket(admin);
    analysed(admin, "K-1");

    admin
        .send(HttpMethod.POST, "/api/v1/sentiment/reanalysis")
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.queuedJobs")
        .isEqualTo(0);
    admin
        .withRole("qa_reviewer")
        .send(HttpMethod.POST, "/api/v1/sentiment/reanalysis")
        .expectStatus()
        .isForbidden();
  }

  /** Polls the trajectory until no message waits for analysis. */
  private static JsonNode analysed(TenantApi api, String ticketId) throws InterruptedException {
    Instant deadline = Instant.now().plus(ANALYSIS_WAIT);
    while (true) {
      JsonNode trajectory =
          api.get("/api/v1/tickets/{id}/trajectory", ticketId)
              .expectStatus()
              .isOk()
              .expectBody(JsonNode.class)
              .returnResult()
              .getResponseBody();
      if (trajectory.get("summary").get("messagesPending").asInt() == 0
          || Instant.now().isAfter(deadline)) {
        return trajectory;
      }
      Thread.sleep(500);
    }
  }

  /**
   * A ticket taken by A-1, searched for twice, answered with an article, set pending, transferred
   * to A-2, split into a subtask, and resolved after a Chinese and an English thank-you.
   */
  private static void storeHandledTicket(TenantApi admin) {
    admin.store(
        "agents",
        RecordJson.agent("A-1", null),
        RecordJson.agent("A-2", null),
        RecordJson.agent("A-3", null));
    admin.store("tickets", RecordJson.ticket("K-1", "C-1", "A-2"));
    admin.store(
        "ticket-events",
        event("E-01", "created", "09:15:00", "system", null, Map.of()),
        event("E-02", "assigned", "09:15:10", "system", null, Map.of("targetAgentId", "A-1")),
        event(
            "E-03",
            "message",
            "09:16:00",
            "customer",
            "C-1",
            Map.of("text", "My card was charged twice and nobody answers. This is terrible.")),
        event(
            "E-04",
            "knowledge_searched",
            "09:17:00",
            "agent",
            "A-1",
            Map.of("query", "double charge")),
        event(
            "E-05",
            "knowledge_searched",
            "09:17:30",
            "agent",
            "A-1",
            Map.of("query", "refund duplicate payment")),
        event("E-06", "knowledge_linked", "09:18:00", "agent", "A-1", Map.of("articleId", "kb-7")),
        event(
            "E-07",
            "message",
            "09:18:30",
            "agent",
            "A-1",
            Map.of("text", "I am sorry about that. I have refunded the second charge.")),
        event("E-08", "status_changed", "09:19:00", "agent", "A-1", Map.of("status", "pending")),
        event("E-09", "transferred", "09:20:00", "agent", "A-1", Map.of("targetAgentId", "A-2")),
        event("E-10", "subtask_opened", "09:21:00", "agent", "A-2", Map.of("subtaskId", "sub-1")),
        event("E-11", "subtask_closed", "09:25:00", "agent", "A-2", Map.of("subtaskId", "sub-1")),
        event("E-12", "message", "09:30:00", "customer", "C-1", Map.of("text", "我已经收到退款了")),
        event(
            "E-13",
            "message",
            "09:31:00",
            "customer",
            "C-1",
            Map.of("text", "Thank you so much, that was wonderful help!")),
        event("E-14", "resolved", "09:32:00", "agent", "A-2", Map.of()));
  }

  private static String event(
      String id,
      String type,
      String time,
      String actorType,
      String actorId,
      Map<String, String> payload) {
    StringBuilder json =
        new StringBuilder()
            .append("{\"externalId\": \"")
            .append(id)
            .append("\", \"ticketId\": \"K-1\", \"type\": \"")
            .append(type)
            .append("\", \"occurredAt\": \"2026-11-30T")
            .append(time)
            .append("Z\", \"actorType\": \"")
            .append(actorType)
            .append("\", \"actorId\": ")
            .append(actorId == null ? "null" : "\"" + actorId + "\"");
    payload.forEach(
        (field, value) ->
            json.append(", \"").append(field).append("\": \"").append(value).append('"'));
    return json.append('}').toString();
  }

  private TenantApi newTenant() {
    return TenantApi.create(client, PLATFORM_KEY, "emotion-" + TENANTS.incrementAndGet());
  }
}
