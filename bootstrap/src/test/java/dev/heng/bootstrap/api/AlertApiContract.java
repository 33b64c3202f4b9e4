package dev.heng.bootstrap.api;

import static dev.heng.bootstrap.api.RecordJson.agent;
import static dev.heng.bootstrap.api.RecordJson.customer;
import static dev.heng.bootstrap.api.RecordJson.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.heng.adapter.out.webhook.WebhookSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the alert API promises, checked through a running service on a real database: capacity
 * alerts raised and resolved by intake, listed by role, acknowledged and resolved, streamed live,
 * and delivered to a signed webhook receiver on loopback; the hourly attainment that anomaly alerts
 * are judged on, served by role, and an anomaly raised from ingested tickets. Each test works in a
 * tenant of its own.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "heng.demo.enabled=false",
      "heng.platform-key=" + AlertApiContract.PLATFORM_KEY,
      "heng.analysis.enabled=false",
      "heng.knowledge.index-dir=target/knowledge-index-alertapi",
      "heng.webhooks.allow-http=true",
      "heng.webhooks.allow-private-addresses=true",
      "heng.webhooks.poll-interval=100ms",
      "heng.attainment.catch-up-interval=1h",
      // A tenant's first run judges hours back to the lookback only; the tests' tickets lie on
      // fixed dates in 2026, so the lookback reaches back far enough to judge them.
      "heng.attainment.lookback=P3650D"
    })
@AutoConfigureWebTestClient
@DirtiesContext
abstract class AlertApiContract {

  static final String PLATFORM_KEY = "platform-key-of-the-alert-tests";

  private static final AtomicInteger TENANTS = new AtomicInteger();
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private WebTestClient client;

  @BeforeEach
  void connect(@Autowired WebTestClient client) {
    this.client = client.mutate().responseTimeout(Duration.ofSeconds(120)).build();
  }

  @Test
  void raisesOneAlertWhenIntakeCrossesTheThresholdAndResolvesItWhenThePoolDropsBack() {
    TenantApi admin = rawOnly(tenantWithTeams());

    admin.store("customers", customers("busy", 0, 41));
    admin.store("customers", customers("busy", 41, 44));
    JsonNode whileOver = admin.page("/api/v1/alerts");
    admin.store("customers", customers("calm", 0, 10));
    admin.store("customers", moved("busy", "calm", 0, 5));
    JsonNode afterDrop = admin.page("/api/v1/alerts");

    assertThat(whileOver.get("items")).hasSize(1);
    JsonNode alert = whileOver.get("items").get(0);
    assertThat(alert.get("kind").asString()).isEqualTo("capacity_raw");
    assertThat(alert.get("status").asString()).isEqualTo("open");
    assertThat(alert.get("agentId").asString()).isEqualTo("busy");
    assertThat(alert.get("teamId").asString()).isEqualTo("team-1");
    assertThat(alert.get("value").asDouble()).isEqualTo(41);
    assertThat(alert.get("threshold").asDouble()).isEqualTo(40);
    assertThat(alert.get("message").asString()).contains("41 customers", "threshold of 40");
    assertThat(afterDrop.get("items")).hasSize(1);
    assertThat(afterDrop.get("items").get(0).get("status").asString()).isEqualTo("resolved");
    assertThat(afterDrop.get("items").get(0).get("resolution").asString())
        .isEqualTo("pool_dropped");
  }

  @Test
  void raisesAWeightedAlertOnceTheTenantLowersItsWeightedThreshold() {
    TenantApi admin = tenantWithTeams();
    admin.store("customers", customers("busy", 0, 30));

    admin
        .send(
            HttpMethod.PUT,
            MediaType.APPLICATION_JSON,
            Map.of("rawThreshold", 40, "weightedThreshold", 25),
            "/api/v1/alerts/settings")
        .expectStatus()
        .isOk();
    JsonNode settings = admin.page("/api/v1/alerts/settings");
    JsonNode alerts = admin.page("/api/v1/alerts?kind=capacity_weighted&status=open");

    assertThat(settings.get("weightedThreshold").asDouble()).isEqualTo(25);
    assertThat(settings.get("defaults").asBoolean()).isFalse();
    assertThat(alerts.get("items")).hasSize(1);
    assertThat(alerts.get("items").get(0).get("value").asDouble()).isEqualTo(30);
  }

  @Test
  void refusesThresholdsOutOfRangeAndCallersWhoAreNotAdmins() {
    TenantApi admin = tenantWithTeams();
    TenantApi lead = admin.withRole("team_lead", null, "team-1");

    admin
        .send(
            HttpMethod.PUT,
            MediaType.APPLICATION_JSON,
            Map.of("rawThreshold", 0, "weightedThreshold", 40),
            "/api/v1/alerts/settings")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("rawThreshold");
    admin
        .send(
            HttpMethod.PUT,
            MediaType.APPLICATION_JSON,
            Map.of("rawThreshold", 40, "weightedThreshold", 1001),
            "/api/v1/alerts/settings")
        .expectStatus()
        .isBadRequest();
    lead.get("/api/v1/alerts/settings").expectStatus().isForbidden();
    admin
        .get("/api/v1/alerts/settings")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.rawThreshold")
        .isEqualTo(40)
        .jsonPath("$.defaults")
        .isEqualTo(true);
  }

  @Test
  void raisesARawAndAWeightedAlertForAnUngradedPoolUnderTheDefaults() {
    TenantApi admin = tenantWithTeams();

    admin.store("customers", customers("busy", 0, 41));
    JsonNode alerts = admin.page("/api/v1/alerts?agent=busy");

    assertThat(TenantApi.values(alerts, "kind"))
        .containsExactlyInAnyOrder("capacity_raw", "capacity_weighted");
  }

  @Test
  void showsEachRoleItsOwnAlertsAndLetsLeadsAcknowledgeAndResolve() {
    TenantApi admin = rawOnly(tenantWithTeams());
    admin.store("customers", customers("busy", 0, 41));
    admin.store("customers", customers("other", 0, 45));
    TenantApi agent = admin.withRole("agent", "busy", null);
    TenantApi lead = admin.withRole("team_lead", null, "team-1");
    TenantApi otherLead = admin.withRole("team_lead", null, "team-2");
    TenantApi stranger = newTenant();
    String busyAlert =
        admin.page("/api/v1/alerts?agent=busy").get("items").get(0).get("id").asString();

    List<String> seenByAgent = TenantApi.values(agent.page("/api/v1/alerts"), "agentId");
    List<String> seenByLead = TenantApi.values(lead.page("/api/v1/alerts"), "agentId");
    List<String> seenByOtherLead = TenantApi.values(otherLead.page("/api/v1/alerts"), "agentId");

    assertThat(seenByAgent).containsExactly("busy");
    assertThat(seenByLead).containsExactly("busy");
    assertThat(seenByOtherLead).containsExactly("other");
    agent
        .send(HttpMethod.POST, "/api/v1/alerts/{id}/acknowledge", busyAlert)
        .expectStatus()
        .isForbidden();
    otherLead
        .send(HttpMethod.POST, "/api/v1/alerts/{id}/acknowledge", busyAlert)
        .expectStatus()
        .isNotFound();
    stranger
        .send(HttpMethod.POST, "/api/v1/alerts/{id}/resolve", busyAlert)
        .expectStatus()
        .isNotFound();
    lead.send(HttpMethod.POST, "/api/v1/alerts/{id}/acknowledge", busyAlert)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("acknowledged");
    lead.send(HttpMethod.POST, "/api/v1/alerts/{id}/resolve", busyAlert)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.resolution")
        .isEqualTo("closed");
    lead.send(HttpMethod.POST, "/api/v1/alerts/{id}/acknowledge", busyAlert)
        .expectStatus()
        .isEqualTo(409);
  }

  @Test
  void pagesAlertsWithACursorAndRefusesBadFilters() {
    TenantApi admin = rawOnly(tenantWithTeams());
    for (String agentId : List.of("busy", "other", "calm")) {
      admin.store("customers", customers(agentId, 0, 41));
    }

    JsonNode first = admin.page("/api/v1/alerts?limit=2");
    JsonNode second =
        admin.page("/api/v1/alerts?limit=2&cursor={cursor}", first.get("nextCursor").asString());

    assertThat(TenantApi.values(first, "agentId")).hasSize(2);
    assertThat(TenantApi.values(second, "agentId")).hasSize(1);
    assertThat(second.get("nextCursor").isNull()).isTrue();
    admin.get("/api/v1/alerts?status=sleeping").expectStatus().isBadRequest();
    admin.get("/api/v1/alerts?from=yesterday").expectStatus().isBadRequest();
    admin.get("/api/v1/alerts?cursor=bm9wZQ").expectStatus().isBadRequest();
    admin
        .get("/api/v1/alerts?from={from}", Instant.now().plusSeconds(3600).toString())
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(0);
  }

  @Test
  void refusesWebhookUrlsOutsideThePolicyAndNonAdmins() {
    TenantApi admin = tenantWithTeams();
    TenantApi lead = admin.withRole("team_lead", null, "team-1");

    admin
        .send(
            HttpMethod.POST,
            MediaType.APPLICATION_JSON,
            Map.of("url", "ftp://127.0.0.1/hook"),
            "/api/v1/webhooks")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("url");
    lead.send(
            HttpMethod.POST,
            MediaType.APPLICATION_JSON,
            Map.of("url", "https://hooks.example.com/"),
            "/api/v1/webhooks")
        .expectStatus()
        .isForbidden();
  }

  @Test
  void streamsTheAlertAndDeliversASignedWebhookWhenIntakeCrossesTheThreshold() throws Exception {
    TenantApi admin = rawOnly(tenantWithTeams());
    TenantApi lead = admin.withRole("team_lead", null, "team-1");
    TenantApi otherLead = admin.withRole("team_lead", null, "team-2");
    try (WebhookReceiver receiver = new WebhookReceiver(1)) {
      JsonNode endpoint =
          admin
              .send(
                  HttpMethod.POST,
                  MediaType.APPLICATION_JSON,
                  Map.of("url", receiver.url(), "description", "loopback receiver"),
                  "/api/v1/webhooks")
              .expectStatus()
              .isCreated()
              .expectBody(JsonNode.class)
              .returnResult()
              .getResponseBody();
      String secret = endpoint.get("secret").asString();
      List<ServerSentEvent<JsonNode>> seenByLead = new CopyOnWriteArrayList<>();
      List<ServerSentEvent<JsonNode>> seenByOtherLead = new CopyOnWriteArrayList<>();
      Disposable leadStream = follow(lead, seenByLead);
      Disposable otherStream = follow(otherLead, seenByOtherLead);

      try {
        admin.store("customers", customers("busy", 0, 41));
        await(() -> seenByLead.stream().anyMatch(event -> event.event() != null));
        await(
            () ->
                TenantApi.values(
                        admin.page("/api/v1/webhooks/{id}/deliveries", endpoint.get("id").asLong()),
                        "outcome")
                    .contains("delivered"));
      } finally {
        leadStream.dispose();
        otherStream.dispose();
      }

      ServerSentEvent<JsonNode> streamed =
          seenByLead.stream().filter(event -> event.event() != null).findFirst().orElseThrow();
      assertThat(streamed.event()).isEqualTo("alert.raised");
      assertThat(streamed.data().get("alert").get("agentId").asString()).isEqualTo("busy");
      assertThat(seenByOtherLead).noneMatch(event -> event.event() != null);
      List<WebhookReceiver.Received> posts = receiver.received();
      assertThat(posts).hasSizeGreaterThanOrEqualTo(2);
      assertThat(posts.getFirst().status()).isEqualTo(503);
      WebhookReceiver.Received delivered = posts.get(1);
      assertThat(delivered.eventId())
          .isEqualTo(posts.getFirst().eventId())
          .isEqualTo(streamed.id());
      assertThat(
              WebhookSignature.verify(
                  secret,
                  Long.parseLong(delivered.timestamp()),
                  delivered.body(),
                  delivered.signature()))
          .isTrue();
      assertThat(
              WebhookSignature.verify(
                  "whsec_wrong",
                  Long.parseLong(delivered.timestamp()),
                  delivered.body(),
                  delivered.signature()))
          .isFalse();
      JsonNode body = JSON.readTree(delivered.body());
      assertThat(body.get("type").asString()).isEqualTo("alert.raised");
      assertThat(body.get("alert").get("value").asDouble()).isEqualTo(41);
      JsonNode log = admin.page("/api/v1/webhooks/{id}/deliveries", endpoint.get("id").asLong());
      List<String> outcomes = TenantApi.values(log, "outcome");
      assertThat(outcomes).containsExactly("delivered", "retry");
      assertThat(log.get("items").get(1).get("statusCode").asInt()).isEqualTo(503);
    }
  }

  @Test
  void servesHourlyAttainmentOfAgentsAndTeamsWithinTheCallersScope() {
    TenantApi admin = tenantWithTeams();
    admin.store(
        "tickets",
        answered("b-1", "busy", "2026-10-05T09:00:00Z", 10),
        answered("b-2", "busy", "2026-10-05T09:10:00Z", 20),
        answered("o-1", "other", "2026-10-05T09:05:00Z", 60));
    TenantApi agent = admin.withRole("agent", "busy", null);
    TenantApi lead = admin.withRole("team_lead", null, "team-1");
    TenantApi stranger = newTenant();
    String range = "?from=2026-10-05T00:00:00Z&to=2026-10-06T00:00:00Z";

    JsonNode run = runAttainment(admin, "2026-10-05T00:00:00Z", "2026-10-06T00:00:00Z");
    JsonNode busy = admin.page("/api/v1/agents/busy/attainment" + range);
    JsonNode team = lead.page("/api/v1/teams/team-1/attainment" + range);

    assertThat(run.get("hours").asInt()).isEqualTo(4);
    assertThat(run.get("tickets").asInt()).isEqualTo(3);
    assertThat(busy.get("subjectType").asString()).isEqualTo("agent");
    assertThat(busy.get("hours")).hasSize(1);
    JsonNode hour = busy.get("hours").get(0);
    assertThat(hour.get("hourStart").asString()).isEqualTo("2026-10-05T09:00:00Z");
    JsonNode firstResponse = hour.get("metrics").get(0);
    assertThat(firstResponse.get("metric").asString()).isEqualTo("first_response");
    assertThat(firstResponse.get("dimension").asString()).isEqualTo("basic");
    assertThat(firstResponse.get("value").asDouble()).isEqualTo(15);
    assertThat(firstResponse.get("volume").asInt()).isEqualTo(2);
    assertThat(textValues(firstResponse.get("tickets"))).containsExactly("b-1", "b-2");
    assertThat(hour.get("dimensions").get(0).get("dimension").asString()).isEqualTo("basic");
    assertThat(hour.get("dimensions").get(0).get("attainment").asDouble()).isEqualTo(100);
    assertThat(team.get("hours").get(0).get("metrics").get(0).get("volume").asInt()).isEqualTo(2);
    agent.get("/api/v1/agents/busy/attainment" + range).expectStatus().isOk();
    agent.get("/api/v1/agents/other/attainment" + range).expectStatus().isNotFound();
    agent.get("/api/v1/teams/team-1/attainment" + range).expectStatus().isNotFound();
    lead.get("/api/v1/agents/other/attainment" + range).expectStatus().isNotFound();
    lead.get("/api/v1/teams/team-2/attainment" + range).expectStatus().isNotFound();
    stranger.get("/api/v1/agents/busy/attainment" + range).expectStatus().isNotFound();
    lead.send(
            HttpMethod.POST,
            MediaType.APPLICATION_JSON,
            Map.of("from", "2026-10-05T00:00:00Z", "to", "2026-10-06T00:00:00Z"),
            "/api/v1/attainment/runs")
        .expectStatus()
        .isForbidden();
  }

  @Test
  void refusesAttainmentRangesNamingTheParameterAndWhetherItIsMissingMalformedReversedOrTooLong() {
    TenantApi admin = tenantWithTeams();
    String path = "/api/v1/agents/busy/attainment";

    JsonNode noFrom = problem(admin.get(path + "?to=2026-10-06T00:00:00Z"));
    JsonNode badFrom = problem(admin.get(path + "?from=2026-10-05&to=2026-10-06T00:00:00Z"));
    JsonNode noTo = problem(admin.get(path + "?from=2026-10-05T00:00:00Z"));
    JsonNode badTo = problem(admin.get(path + "?from=2026-10-05T00:00:00Z&to=tomorrow"));
    JsonNode reversed =
        problem(admin.get(path + "?from=2026-10-06T00:00:00Z&to=2026-10-06T00:00:00Z"));
    JsonNode tooLong =
        problem(admin.get(path + "?from=2026-10-01T00:00:00Z&to=2026-11-02T00:00:00Z"));
    JsonNode runTooLong =
        problem(
            admin.send(
                HttpMethod.POST,
                MediaType.APPLICATION_JSON,
                Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-06-01T00:00:00Z"),
                "/api/v1/attainment/runs"));
    JsonNode runBadTo =
        problem(
            admin.send(
                HttpMethod.POST,
                MediaType.APPLICATION_JSON,
                Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-01-02 00:00"),
                "/api/v1/attainment/runs"));

    assertError(noFrom, "from", "is required");
    assertError(badFrom, "from", "must be an ISO-8601 UTC time");
    assertError(noTo, "to", "is required");
    assertError(badTo, "to", "must be an ISO-8601 UTC time");
    assertError(reversed, "to", "must be after from");
    assertError(tooLong, "to", "must be at most 31 days after from");
    assertError(runTooLong, "to", "must be at most 92 days after from");
    assertError(runBadTo, "to", "must be an ISO-8601 UTC time");
  }

  @Test
  void refusesEachSettingOutOfRangeNamingTheFieldAndItsRange() {
    TenantApi admin = tenantWithTeams();
    String path = "/api/v1/alerts/settings";

    JsonNode noRaw = problem(put(admin, path, Map.of("weightedThreshold", 40)));
    JsonNode weighted =
        problem(put(admin, path, Map.of("rawThreshold", 40, "weightedThreshold", 0.5)));
    JsonNode deviation = problem(put(admin, path, withAnomaly(Map.of("deviation", 9))));
    JsonNode minVolume = problem(put(admin, path, withAnomaly(Map.of("minVolume", 0))));
    JsonNode minBaseline =
        problem(put(admin, path, withAnomaly(Map.of("minBaselineVolume", 10_001))));

    assertError(noRaw, "rawThreshold", "is required, 1 to 1000");
    assertError(weighted, "weightedThreshold", "must be within 1..1000, was 0.5");
    assertError(deviation, "anomaly.deviation", "must be within 0.05..5, was 9");
    assertError(minVolume, "anomaly.minVolume", "must be within 1..1000, was 0");
    assertError(minBaseline, "anomaly.minBaselineVolume", "must be within 1..10000, was 10001");
  }

  @Test
  void keepsAnomalySettingsBesideTheThresholdsAndRefusesThemOutOfRange() {
    TenantApi admin = tenantWithTeams();

    JsonNode defaults = admin.page("/api/v1/alerts/settings");
    admin
        .send(
            HttpMethod.PUT,
            MediaType.APPLICATION_JSON,
            withAnomaly(Map.of("deviation", 0.3, "weeks", 6)),
            "/api/v1/alerts/settings")
        .expectStatus()
        .isOk();
    admin
        .send(
            HttpMethod.PUT,
            MediaType.APPLICATION_JSON,
            Map.of("rawThreshold", 41, "weightedThreshold", 40),
            "/api/v1/alerts/settings")
        .expectStatus()
        .isOk();
    JsonNode kept = admin.page("/api/v1/alerts/settings");

    assertThat(defaults.get("anomaly").get("deviation").asDouble()).isEqualTo(0.2);
    assertThat(defaults.get("anomaly").get("defaults").asBoolean()).isTrue();
    assertThat(kept.get("rawThreshold").asInt()).isEqualTo(41);
    assertThat(kept.get("anomaly").get("deviation").asDouble()).isEqualTo(0.3);
    assertThat(kept.get("anomaly").get("weeks").asInt()).isEqualTo(6);
    assertThat(kept.get("anomaly").get("minVolume").asInt()).isEqualTo(3);
    assertThat(kept.get("anomaly").get("defaults").asBoolean()).isFalse();
    admin
        .send(
            HttpMethod.PUT,
            MediaType.APPLICATION_JSON,
            withAnomaly(Map.of("weeks", 13)),
            "/api/v1/alerts/settings")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("anomaly.weeks");
  }

  @Test
  void raisesAnAnomalyAlertFromIngestedTicketsAndStreamsItToTheTeamsLead() {
    TenantApi admin = tenantWithTeams();
    TenantApi lead = admin.withRole("team_lead", null, "team-1");
    TenantApi busyAgent = admin.withRole("agent", "busy", null);
    TenantApi calmAgent = admin.withRole("agent", "calm", null);
    List<String> tickets = new ArrayList<>();
    for (String monday : List.of("2026-10-05", "2026-10-12", "2026-10-19")) {
      tickets.addAll(hourOfTickets("usual-" + monday, monday + "T09:00:00Z", 10));
    }
    tickets.addAll(hourOfTickets("slow", "2026-10-26T09:00:00Z", 40));
    List<ServerSentEvent<JsonNode>> seenByLead = new CopyOnWriteArrayList<>();
    Disposable leadStream = follow(lead, seenByLead);

    JsonNode run;
    try {
      admin.store("tickets", tickets);
      run = runAttainment(admin, "2026-10-05T00:00:00Z", "2026-10-27T00:00:00Z");
      await(() -> seenByLead.stream().filter(event -> event.event() != null).count() >= 2);
    } finally {
      leadStream.dispose();
    }
    JsonNode alerts = admin.page("/api/v1/alerts?kind=anomaly");
    JsonNode again = runAttainment(admin, "2026-10-05T00:00:00Z", "2026-10-27T00:00:00Z");

    assertThat(run.get("raised").asInt()).isEqualTo(2);
    assertThat(alerts.get("items")).hasSize(2);
    JsonNode team = alerts.get("items").get(0);
    JsonNode agent = alerts.get("items").get(1);
    assertThat(agent.get("kind").asString()).isEqualTo("anomaly");
    assertThat(agent.get("agentId").asString()).isEqualTo("busy");
    assertThat(agent.get("teamId").asString()).isEqualTo("team-1");
    assertThat(agent.get("value").asDouble()).isEqualTo(40);
    assertThat(agent.get("threshold").asDouble()).isCloseTo(12, within(1e-9));
    JsonNode anomaly = agent.get("anomaly");
    assertThat(anomaly.get("metric").asString()).isEqualTo("first_response");
    assertThat(anomaly.get("hourStart").asString()).isEqualTo("2026-10-26T09:00:00Z");
    assertThat(anomaly.get("baseline").asDouble()).isEqualTo(10);
    assertThat(anomaly.get("deviation").asDouble()).isEqualTo(3);
    assertThat(anomaly.get("baselineHours").asInt()).isEqualTo(3);
    assertThat(textValues(anomaly.get("tickets")))
        .containsExactly("slow-0", "slow-1", "slow-2", "slow-3");
    assertThat(agent.get("message").asString())
        .contains("was 40.00 minutes, 300% above the baseline of 10.00");
    assertThat(team.get("agentId").isNull()).isTrue();
    assertThat(team.get("anomaly").get("subjectType").asString()).isEqualTo("team");
    assertThat(again.get("raised").asInt()).isZero();
    assertThat(seenByLead.stream().filter(event -> event.event() != null))
        .allSatisfy(
            event -> {
              assertThat(event.event()).isEqualTo("alert.raised");
              assertThat(event.data().get("alert").get("kind").asString()).isEqualTo("anomaly");
            });
    assertThat(busyAgent.page("/api/v1/alerts").get("items")).hasSize(1);
    assertThat(calmAgent.page("/api/v1/alerts").get("items")).isEmpty();
  }

  private static ResponseSpec put(TenantApi admin, String path, Map<String, ?> body) {
    return admin.send(HttpMethod.PUT, MediaType.APPLICATION_JSON, body, path);
  }

  /** The body of a 400 answer. */
  private static JsonNode problem(ResponseSpec response) {
    return response
        .expectStatus()
        .isBadRequest()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  /** Settings with the default thresholds and the given anomaly settings. */
  private static Map<String, Object> withAnomaly(Map<String, ?> anomaly) {
    return Map.of("rawThreshold", 40, "weightedThreshold", 40, "anomaly", anomaly);
  }

  /** Checks that the problem's first error names the field and starts with the reason. */
  private static void assertError(JsonNode problem, String field, String reason) {
    JsonNode error = problem.get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo(field);
    assertThat(error.get("reason").asString()).startsWith(reason);
  }

  private static JsonNode runAttainment(TenantApi admin, String from, String to) {
    return admin
        .send(
            HttpMethod.POST,
            MediaType.APPLICATION_JSON,
            Map.of("from", from, "to", to),
            "/api/v1/attainment/runs")
        .expectStatus()
        .isOk()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  /** Four tickets of agent busy created a minute apart from {@code start}, answered later. */
  private static List<String> hourOfTickets(String prefix, String start, int minutes) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String created = Instant.parse(start).plusSeconds(60L * i).toString();
      lines.add(answered(prefix + "-" + i, "busy", created, minutes));
    }
    return lines;
  }

  /** A chat ticket of the agent created at {@code createdAt} and first answered minutes later. */
  private static String answered(String id, String agentId, String createdAt, int minutes) {
    String answeredAt = Instant.parse(createdAt).plusSeconds(60L * minutes).toString();
    return """
        {"externalId": "%s", "customerId": "c-1", "assigneeId": "%s", "channel": "chat",
         "category": "billing", "priority": "normal", "createdAt": "%s",
         "firstResponseAt": "%s"}"""
        .formatted(id, agentId, createdAt, answeredAt)
        .replace("\n", "");
  }

  private static List<String> textValues(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }

  private Disposable follow(TenantApi caller, List<ServerSentEvent<JsonNode>> seen) {
    List<Boolean> connected = new CopyOnWriteArrayList<>();
    Disposable subscription =
        client
            .get()
            .uri("/api/v1/alerts/stream")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.token())
            .accept(MediaType.TEXT_EVENT_STREAM)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(new ParameterizedTypeReference<ServerSentEvent<JsonNode>>() {})
            .getResponseBody()
            .subscribe(
                event -> {
                  connected.add(true);
                  seen.add(event);
                });
    await(() -> !connected.isEmpty());
    return subscription;
  }

  /** Waits until the condition holds; fails the test if it does not within {@link #PATIENCE}. */
  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + PATIENCE);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting", e);
      }
    }
  }

  /** Sets the weighted threshold out of reach, so that each crossing raises one raw alert. */
  private static TenantApi rawOnly(TenantApi admin) {
    admin
        .send(
            HttpMethod.PUT,
            MediaType.APPLICATION_JSON,
            Map.of("rawThreshold", 40, "weightedThreshold", 1000),
            "/api/v1/alerts/settings")
        .expectStatus()
        .isOk();
    return admin;
  }

  private TenantApi tenantWithTeams() {
    TenantApi admin = newTenant();
    admin.store("teams", team("team-1", "Billing"), team("team-2", "Returns"));
    admin.store(
        "agents", agent("busy", "team-1"), agent("calm", "team-1"), agent("other", "team-2"));
    return admin;
  }

  /** Customers {@code from} (inclusive) to {@code to} (exclusive) of an agent's pool. */
  private static List<String> customers(String agentId, int from, int to) {
    List<String> lines = new ArrayList<>();
    for (int i = from; i < to; i++) {
      lines.add(customer(agentId + "-customer-" + i, agentId));
    }
    return lines;
  }

  /** The named customers of one agent, handed to another. */
  private static List<String> moved(String fromAgent, String toAgent, int from, int to) {
    List<String> lines = new ArrayList<>();
    for (int i = from; i < to; i++) {
      lines.add(customer(fromAgent + "-customer-" + i, toAgent));
    }
    return lines;
  }

  private TenantApi newTenant() {
    return TenantApi.create(client, PLATFORM_KEY, "alerts-" + TENANTS.incrementAndGet());
  }
}
