package dev.heng.bootstrap.api;

import static dev.heng.bootstrap.api.RecordJson.agent;
import static dev.heng.bootstrap.api.RecordJson.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * What the health diagnosis API promises, checked through a running service on a real database.
 * Each test works in a tenant of its own, generated here: two teams of five agents, each agent
 * keeping eight customers who raise one ticket in October 2026 and one in November with the same
 * rating, so that every customer's mean rating, retention status and lifetime value is known.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "heng.demo.enabled=false",
      "heng.platform-key=" + DiagnosisApiContract.PLATFORM_KEY,
      "heng.analysis.enabled=false",
      "heng.knowledge.index-dir=target/knowledge-index-diagnosisapi"
    })
@AutoConfigureWebTestClient
@DirtiesContext
abstract class DiagnosisApiContract {

  static final String PLATFORM_KEY = "platform-key-of-the-diagnosis-tests";

  private static final AtomicInteger TENANTS = new AtomicInteger();

  /** Customer j of every agent: its rating on both tickets, retention and base lifetime value. */
  private static final int[] RATINGS = {1, 2, 3, 3, 4, 5, 5, 4};

  private static final String[] RETENTION = {
    "churned", "at_risk", "active", "churned", "active", "active", "active", "churned"
  };

  private WebTestClient client;

  @BeforeEach
  void connect(@Autowired WebTestClient client) {
    this.client = client.mutate().responseTimeout(Duration.ofSeconds(120)).build();
  }

  @Test
  void diagnosesTheQuarterInThreeSectionsWithFiguresAndFindings() {
    TenantApi admin = generatedTenant();

    JsonNode diagnosis = diagnosis(admin, "2026-Q4");

    assertThat(diagnosis.get("quarter").asString()).isEqualTo("2026-Q4");
    assertThat(diagnosis.get("scope").asString()).isEqualTo("tenant");
    assertThat(diagnosis.get("teamId").isNull()).isTrue();
    assertThat(diagnosis.get("configVersion").asInt()).isZero();
    assertThat(diagnosis.get("agents").asInt()).isEqualTo(10);
    assertThat(diagnosis.get("tickets").asInt()).isEqualTo(160);

    JsonNode quantity = diagnosis.get("quantityQuality");
    assertThat(quantity.get("volumeMeasure").asString()).isEqualTo("workload_coefficient");
    assertThat(quantity.get("qualityMeasure").asString()).isEqualTo("quality_dimension");
    assertThat(quantity.get("quarter").get("n").asInt()).isEqualTo(10);
    assertThat(quantity.get("quarter").get("level").asDouble()).isEqualTo(0.9);
    assertThat(quantity.get("quarter").get("direction").asString())
        .isIn("positive", "negative", "unclear");
    List<String> months = new ArrayList<>();
    List<Integer> tickets = new ArrayList<>();
    for (JsonNode month : quantity.get("months")) {
      months.add(month.get("period").asString());
      tickets.add(month.get("tickets").asInt());
    }
    assertThat(months).containsExactly("2026-10", "2026-11", "2026-12");
    assertThat(tickets).containsExactly(80, 80, 0);
    assertThat(quantity.get("finding").asString()).contains("2026-12 no tickets");

    JsonNode individual = diagnosis.get("individualTeam");
    assertThat(individual.get("teams")).hasSize(2);
    assertThat(individual.get("teams").get(0).get("teamId").asString()).isEqualTo("team-1");
    assertThat(individual.get("teams").get(0).get("scores").get("n").asInt()).isEqualTo(5);
    assertThat(individual.get("teams").get(0).get("scores").get("iqr").isNumber()).isTrue();
    assertThat(individual.get("acrossTeams").get("teams").asInt()).isEqualTo(2);
    assertThat(individual.get("bonus").get("configuredPoints").asDouble()).isZero();
    assertThat(individual.get("bonus").get("agentsMoved").asInt()).isZero();
    assertThat(individual.get("finding").asString()).contains("configures no team bonus");

    JsonNode shortLong = diagnosis.get("shortLongTerm");
    assertThat(shortLong.get("customersServed").asInt()).isEqualTo(80);
    assertThat(shortLong.get("customersRated").asInt()).isEqualTo(80);
    JsonNode low = shortLong.get("bands").get(0);
    JsonNode high = shortLong.get("bands").get(2);
    assertThat(low.get("band").asString()).isEqualTo("low");
    assertThat(low.get("customers").asInt()).isEqualTo(20);
    assertThat(low.get("churned").asInt()).isEqualTo(10);
    assertThat(low.get("atRisk").asInt()).isEqualTo(10);
    assertThat(low.get("retentionRate").asDouble()).isEqualTo(0.5);
    assertThat(high.get("customers").asInt()).isEqualTo(40);
    assertThat(high.get("retentionRate").asDouble()).isEqualTo(0.75);
    assertThat(shortLong.get("satisfactionLifetimeValue").get("n").asInt()).isEqualTo(80);
    assertThat(shortLong.get("satisfactionLifetimeValue").get("direction").asString())
        .isEqualTo("positive");
    assertThat(shortLong.get("finding").asString())
        .startsWith(
            "Customers rating 3.5 or higher on average were retained at 75% (40 customers)"
                + " against 50% of those rating under 2.5 (20)");
  }

  @Test
  void letsEveryTenantWideRoleReadTheWholeTenant() {
    TenantApi admin = generatedTenant();

    for (String role : List.of("integration_client", "qa_reviewer", "knowledge_manager")) {
      JsonNode diagnosis = diagnosis(admin.withRole(role), "2026-Q4");

      assertThat(diagnosis.get("scope").asString()).isEqualTo("tenant");
      assertThat(diagnosis.get("agents").asInt()).isEqualTo(10);
    }
  }

  @Test
  void showsATeamLeadItsOwnTeamAndNothingAcrossTeams() {
    TenantApi lead = generatedTenant().withRole("team_lead", null, "team-2");

    JsonNode diagnosis = diagnosis(lead, "2026-Q4");

    assertThat(diagnosis.get("scope").asString()).isEqualTo("team");
    assertThat(diagnosis.get("teamId").asString()).isEqualTo("team-2");
    assertThat(diagnosis.get("agents").asInt()).isEqualTo(5);
    assertThat(diagnosis.get("tickets").asInt()).isEqualTo(80);
    assertThat(diagnosis.get("individualTeam").get("teams")).hasSize(1);
    assertThat(diagnosis.get("individualTeam").get("acrossTeams").isNull()).isTrue();
    assertThat(diagnosis.get("shortLongTerm").get("customersServed").asInt()).isEqualTo(40);
  }

  @Test
  void refusesAnAgentsKeyWithForbidden() {
    TenantApi agent = generatedTenant().withRole("agent", "a0", null);

    agent
        .get("/api/v1/diagnosis?quarter=2026-Q4")
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void refusesAQuarterNotWrittenLike2026Q4() {
    TenantApi admin = TenantApi.create(client, PLATFORM_KEY, "diagnosis-" + TENANTS.get() + "-x");

    for (String bad : List.of("2026-11", "2026-Q5", "Q4-2026", "2026-q4", "")) {
      admin
          .get("/api/v1/diagnosis?quarter={quarter}", bad)
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("quarter");
    }
    admin.get("/api/v1/diagnosis").expectStatus().isBadRequest();
  }

  @Test
  void answersAQuarterWithoutDataWithZerosAndFindingsThatSaySo() {
    TenantApi admin = generatedTenant();

    JsonNode diagnosis = diagnosis(admin, "2025-Q1");

    assertThat(diagnosis.get("agents").asInt()).isZero();
    assertThat(diagnosis.get("tickets").asInt()).isZero();
    assertThat(diagnosis.get("quantityQuality").get("quarter").get("n").asInt()).isZero();
    assertThat(diagnosis.get("quantityQuality").get("quarter").get("r").isNull()).isTrue();
    assertThat(diagnosis.get("quantityQuality").get("finding").asString())
        .isEqualTo(
            "No tickets were raised in 2025-Q1, so there is no volume or quality to compare.");
    assertThat(diagnosis.get("individualTeam").get("finding").asString())
        .startsWith("No agent was scored in 2025-Q1");
    assertThat(diagnosis.get("shortLongTerm").get("customersServed").asInt()).isZero();
    assertThat(diagnosis.get("shortLongTerm").get("finding").asString())
        .startsWith("No customer was served in 2025-Q1");
  }

  @Test
  void measuresTheConfiguredTeamBonus() {
    TenantApi admin = generatedTenant();
    admin
        .send(
            HttpMethod.PUT,
            MediaType.APPLICATION_JSON,
            "{\"teamBonusPoints\": 5}",
            "/api/v1/scoring/config")
        .expectStatus()
        .isOk();

    JsonNode diagnosis = diagnosis(admin, "2026-Q4");

    assertThat(diagnosis.get("configVersion").asInt()).isEqualTo(1);
    assertThat(diagnosis.get("teamBonusPoints").asDouble()).isEqualTo(5);
    JsonNode bonus = diagnosis.get("individualTeam").get("bonus");
    assertThat(bonus.get("configuredPoints").asDouble()).isEqualTo(5);
    assertThat(bonus.get("teamsWithBonus").asInt()).isEqualTo(1);
    assertThat(bonus.get("agentsWithBonus").asInt()).isEqualTo(5);
    assertThat(bonus.get("scoresWith").get("mean").asDouble())
        .isGreaterThan(bonus.get("scoresWithout").get("mean").asDouble());
    assertThat(diagnosis.get("individualTeam").get("finding").asString())
        .contains("The team bonus (up to 5.0 points)");
  }

  private JsonNode diagnosis(TenantApi caller, String quarter) {
    return caller
        .get("/api/v1/diagnosis?quarter={quarter}", quarter)
        .expectStatus()
        .isOk()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  /**
   * Ten agents a0..a9 in team-1 (a0..a4) and team-2 (a5..a9). Team 1's customers complain less and
   * are answered faster, so its members score higher; customer j of each agent rates both its
   * tickets {@code RATINGS[j]}, has retention {@code RETENTION[j]} and a lifetime value that rises
   * with its rating.
   */
  private TenantApi generatedTenant() {
    TenantApi admin =
        TenantApi.create(client, PLATFORM_KEY, "diagnosis-" + TENANTS.incrementAndGet());
    admin.store("teams", team("team-1", "Billing"), team("team-2", "Returns"));
    List<String> agents = new ArrayList<>();
    List<String> customers = new ArrayList<>();
    List<String> tickets = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String agentId = "a" + i;
      boolean first = i < 5;
      agents.add(agent(agentId, first ? "team-1" : "team-2"));
      for (int j = 0; j < 8; j++) {
        String customerId = agentId + "-c" + j;
        customers.add(
            """
            {"externalId": "%s", "segment": "%s", "valueTier": "standard",
             "serviceWindow": "business_hours", "productComplexity": %d, "agentId": "%s",
             "lifetimeValue": %d, "retentionStatus": "%s", "customerSince": "2024-01-01"}"""
                .formatted(
                    customerId,
                    i % 2 == 0 ? "individual" : "enterprise",
                    1 + (i + j) % 5,
                    agentId,
                    500 + 250 * RATINGS[j] + 10 * i,
                    RETENTION[j])
                .replace("\n", ""));
        for (String month : List.of("2026-10", "2026-11")) {
          Instant created =
              Instant.parse(month + "-03T09:00:00Z").plusSeconds(3_600L * (8 * i + j));
          tickets.add(
              """
              {"externalId": "%s-%s", "customerId": "%s", "assigneeId": "%s", "channel": "chat",
               "category": "billing", "priority": "normal", "createdAt": "%s",
               "firstResponseAt": "%s", "resolvedAt": "%s", "satisfaction": %d,
               "complaint": %b, "handleSeconds": %d}"""
                  .formatted(
                      customerId,
                      month,
                      customerId,
                      agentId,
                      created,
                      created.plusSeconds(first ? 60 + 10 * j : 300 + 20 * j),
                      created.plusSeconds(3_600),
                      RATINGS[j],
                      !first && j % 3 == 0,
                      300 + 40 * j + 30 * i)
                  .replace("\n", ""));
        }
      }
    }
    admin.store("agents", agents);
    admin.store("customers", customers);
    admin.store("tickets", tickets);
    return admin;
  }
}
