package dev.heng.bootstrap.api;

import static dev.heng.bootstrap.api.RecordJson.agent;
import static dev.heng.bootstrap.api.RecordJson.customer;
import static dev.heng.bootstrap.api.RecordJson.event;
import static dev.heng.bootstrap.api.RecordJson.team;
import static dev.heng.bootstrap.api.RecordJson.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.web.reactive.function.client.ClientResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * What the HTTP API promises (see the README), checked through a running service on a real
 * database. Each subclass points the service at one database. Every test works in tenants of its
 * own, created over the platform API, so tests never see each other's records.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "heng.demo.enabled=false",
      "heng.analysis.enabled=false",
      "heng.platform-key=" + HttpApiContract.PLATFORM_KEY,
      "heng.knowledge.index-dir=target/knowledge-index-http-api"
    })
@AutoConfigureWebTestClient
// Closes the service after its class, so its database is released before the next class starts.
@DirtiesContext
abstract class HttpApiContract {

  static final String PLATFORM_KEY = "platform-key-of-the-api-tests";

  private static final AtomicInteger TENANTS = new AtomicInteger();

  private WebTestClient client;

  @LocalServerPort private int port;

  @BeforeEach
  void connect(@Autowired WebTestClient client) {
    // The machine is shared: a slow first request must not fail a test.
    this.client =
        client
            .mutate()
            .responseTimeout(Duration.ofSeconds(120))
            .filter((request, next) -> next.exchange(request).flatMap(HttpApiContract::buffered))
            .build();
  }

  /**
   * The response with its body read at once. A test that checks only the status never reads the
   * body, and an unread body keeps its network buffers until the garbage collector reports them as
   * leaked.
   */
  private static Mono<ClientResponse> buffered(ClientResponse response) {
    return response
        .bodyToMono(byte[].class)
        .defaultIfEmpty(new byte[0])
        .map(
            bytes ->
                response
                    .mutate()
                    .body(
                        bytes.length == 0
                            ? Flux.empty()
                            : Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)))
                    .build());
  }

  private TenantApi newTenant() {
    JsonNode created =
        createTenant(client, "tenant-" + TENANTS.incrementAndGet())
            .expectStatus()
            .isCreated()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    return new TenantApi(client, created.get("adminToken").asString());
  }

  private static ResponseSpec createTenant(WebTestClient client, String name) {
    return client
        .post()
        .uri("/api/v1/platform/tenants")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + PLATFORM_KEY)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", name))
        .exchange();
  }

  /**
   * Two teams: T-1 with agents, T-2 with agent A-2. Each agent keeps one customer (C-n)
   * and is assigned that customer's ticket (K-n), which has one event (E-n).
   */
  private static void storeTwoTeams(TenantApi admin) {
    admin.store("teams", team("T-1", "Billing"), team("T-2", "Returns"));
    admin.store("agents", agent("A-1", "T-1"), agent("A-2", "T-2"), agent("A-3", "T-1"));
    admin.store(
        "customers", customer("C-1", "A-1"), customer("C-2", "A-2"), customer("C-3", "A-3"));
    admin.store(
        "tickets",
        ticket("K-1", "C-1", "A-1"),
        ticket("K-2", "C-2", "A-2"),
        ticket("K-3", "C-3", "A-3"));
    admin.store("ticket-events", event("E-1", "K-1"), event("E-2", "K-2"), event("E-3", "K-3"));
  }

  /** Checks an accepted intake: its status and its counts, and nothing else in the body. */
  private static void assertAccepted(
      ResponseSpec response, HttpStatus status, int created, int updated, int unchanged) {
    response
        .expectStatus()
        .isEqualTo(status)
        .expectBody()
        .json(
            "{\"created\": %d, \"updated\": %d, \"unchanged\": %d}"
                .formatted(created, updated, unchanged),
            JsonCompareMode.STRICT);
  }

  // Connections

  /**
   * A keep-alive request that reaches the service before the previous exchange on its connection
   * has ended is held back and answered after it; the connection must then go on reading. Here the
   * first request is answered from another thread (scoring runs off the network threads) and the
   * second, refused at once, waits behind it.
   */
  @Test
  void answersTheNextRequestOnAConnectionAfterTwoSentTogether() throws IOException {
    TenantApi tenant = newTenant();

    try (RawHttpConnection connection = RawHttpConnection.open(port, Duration.ofSeconds(30))) {
      connection.send(
          RawHttpConnection.request(
                  "POST", "/api/v1/scoring/runs", tenant.token(), "{\"period\": \"2026-11\"}")
              + RawHttpConnection.request("GET", "/api/v1/teams", null, null));
      int scored = connection.readStatus();
      int refused = connection.readStatus();
      connection.send(RawHttpConnection.request("GET", "/api/v1/teams", tenant.token(), null));
      int listed = connection.readStatus();

      assertThat(List.of(scored, refused, listed)).containsExactly(200, 401, 200);
    }
  }

  // Single records

  @Test
  void answersCreatedForANewRecordAndOkAfterwards() {
    TenantApi tenant = newTenant();

    ResponseSpec created = tenant.put("teams", "T-1", team("T-1", "Billing"));
    ResponseSpec resent = tenant.put("teams", "T-1", team("T-1", "Billing"));
    ResponseSpec renamed = tenant.put("teams", "T-1", team("T-1", "Billing and refunds"));

    assertAccepted(created, HttpStatus.CREATED, 1, 0, 0);
    assertAccepted(resent, HttpStatus.OK, 0, 0, 1);
    assertAccepted(renamed, HttpStatus.OK, 0, 1, 0);
    tenant
        .get("/api/v1/teams/T-1")
        .expectBody()
        .jsonPath("$.name")
        .isEqualTo("Billing and refunds");
  }

  @Test
  void readsRecordsBackWithCamelCaseFieldsAndLowerCaseEnums() {
    TenantApi tenant = newTenant();
    tenant.put("tickets", "K-1", ticket("K-1", "C-1", "A-1")).expectStatus().isCreated();
    tenant.put("ticket-events", "E-1", event("E-1", "K-1")).expectStatus().isCreated();

    ResponseSpec ticket = tenant.get("/api/v1/tickets/K-1");
    ResponseSpec event = tenant.get("/api/v1/ticket-events/E-1");

    ticket
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody()
        .json(
            """
            {"externalId": "K-1", "customerId": "C-1", "assigneeId": "A-1", "channel": "chat",
             "category": "billing", "priority": "urgent", "createdAt": "2026-11-30T09:15:00Z",
             "firstResponseAt": "2026-11-30T09:17:30Z", "resolvedAt": null, "reopenCount": 0,
             "satisfaction": null, "complaint": false, "escalated": false, "handleSeconds": 540,
             "subject": "Charged twice", "description": null, "resolution": null}""",
            JsonCompareMode.STRICT);
    event
        .expectStatus()
        .isOk()
        .expectBody()
        .json(
            """
            {"externalId": "E-1", "ticketId": "K-1", "type": "status_changed",
             "occurredAt": "2026-11-30T09:20:00Z", "actorType": "agent", "actorId": "A-1",
             "text": null, "query": null, "articleId": null, "targetAgentId": null,
             "status": "pending", "subtaskId": null, "rating": null}""",
            JsonCompareMode.STRICT);
  }

  @Test
  void rejectsUnknownFieldsNamingThem() {
    TenantApi tenant = newTenant();

    ResponseSpec misspelt =
        tenant.put("teams", "T-1", "{\"name\": \"Billing\", \"leed\": \"A-1\"}");

    misspelt
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.errors[0].field")
        .isEqualTo("leed")
        .jsonPath("$.errors[0].reason")
        .isEqualTo("is not a known field");
    tenant.get("/api/v1/teams/T-1").expectStatus().isNotFound();
  }

  // Batches

  @Test
  void countsCreatedUpdatedAndUnchangedRecordsOfABatch() {
    TenantApi tenant = newTenant();

    ResponseSpec first =
        tenant.intake(
            "teams", List.of(team("T-1", "One"), team("T-2", "Two"), team("T-3", "Three")));
    ResponseSpec second =
        tenant.intake(
            "teams",
            List.of(
                team("T-1", "One"),
                team("T-2", "Two, renamed"),
                team("T-3", "Three"),
                team("T-4", "Four")));

    assertAccepted(first, HttpStatus.OK, 3, 0, 0);
    assertAccepted(second, HttpStatus.OK, 1, 1, 2);
  }

  @Test
  void changesNothingWhenTheSameBatchArrivesTwice() {
    TenantApi tenant = newTenant();
    List<String> batch =
        List.of(customer("C-1", "A-1"), customer("C-2", null), customer("C-3", "A-2"));
    tenant.intake("customers", batch).expectStatus().isOk();
    byte[] before = tenant.get("/api/v1/customers").expectBody().returnResult().getResponseBody();

    ResponseSpec again = tenant.intake("customers", batch);

    assertAccepted(again, HttpStatus.OK, 0, 0, 3);
    tenant
        .get("/api/v1/customers")
        .expectBody()
        .json(new String(before, StandardCharsets.UTF_8), JsonCompareMode.STRICT);
  }

  @Test
  void rejectsABatchWithInvalidLinesWholly() {
    TenantApi tenant = newTenant();

    ResponseSpec rejected =
        tenant.intake(
            "agents",
            List.of(
                agent("A-1", "T-1"),
                agent("A-2", "T-1", 9),
                agent("A-3", "T-1"),
                agent("A-4", "T-1").replace("\"email\"", "\"fax\"")));

    rejected
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .json(
            """
            {"errors": [
              {"line": 2, "field": "seniority", "reason": "must be between 1 and 4, was 9"},
              {"line": 4, "field": "channels[1]",
               "reason": "cannot be read as one of phone, chat, email, social: 'fax'"}]}""",
            JsonCompareMode.LENIENT)
        .jsonPath("$.errors.length()")
        .isEqualTo(2);
    assertThat(tenant.ids("/api/v1/agents")).isEmpty();
    tenant.get("/api/v1/agents/A-1").expectStatus().isNotFound();
  }

  @Test
  void rejectsABatchRepeatingAnExternalId() {
    TenantApi tenant = newTenant();

    ResponseSpec rejected =
        tenant.intake(
            "teams", List.of(team("T-1", "One"), team("T-2", "Two"), team("T-1", "One again")));

    rejected
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.errors[0].line")
        .isEqualTo(3)
        .jsonPath("$.errors[0].field")
        .isEqualTo("externalId");
    assertThat(tenant.ids("/api/v1/teams")).isEmpty();
  }

  @Test
  void acceptsABatchOfTenThousandLinesAndRefusesOneLineMore() {
    TenantApi tenant = newTenant();
    List<String> lines =
        IntStream.rangeClosed(1, 10_001).mapToObj(i -> team("T-" + i, "Team " + i)).toList();

    ResponseSpec tooLong = tenant.intake("teams", lines);
    ResponseSpec longest = tenant.intake("teams", lines.subList(0, 10_000));

    tooLong
        .expectStatus()
        .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    longest.expectStatus().isOk().expectBody().jsonPath("$.created").isEqualTo(10_000);
    tenant.get("/api/v1/teams/T-10001").expectStatus().isNotFound();
  }

  @Test
  void rejectsEventsWhoseTicketTheTenantDoesNotHave() {
    TenantApi owner = newTenant();
    TenantApi other = newTenant();
    owner.store("tickets", ticket("K-1", "C-1", "A-1"));
    other.store("tickets", ticket("K-2", "C-2", "A-2"));

    ResponseSpec rejected =
        other.intake(
            "ticket-events",
            List.of(event("E-1", "K-2"), event("E-2", "K-1"), event("E-3", "K-404")));

    rejected
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[*].line")
        .isEqualTo(List.of(2, 3))
        .jsonPath("$.errors[*].field")
        .isEqualTo(List.of("ticketId", "ticketId"));
    assertThat(other.ids("/api/v1/ticket-events")).isEmpty();
  }

  // Errors

  /** A request that must fail, sent for a fresh tenant with its admin and a read-only key. */
  @FunctionalInterface
  interface FailingRequest {
    ResponseSpec send(WebTestClient client, TenantApi admin, TenantApi reader);
  }

  record Failure(HttpStatus status, FailingRequest request) {}

  static Stream<Named<Failure>> failures() {
    String oversized = team("T-1", "x".repeat(1_100_000));
    return Stream.of(
        Named.of(
            "no key",
            new Failure(
                HttpStatus.UNAUTHORIZED,
                (client, admin, reader) -> client.get().uri("/api/v1/teams").exchange())),
        Named.of(
            "unknown key",
            new Failure(
                HttpStatus.UNAUTHORIZED,
                (client, admin, reader) ->
                    client
                        .get()
                        .uri("/api/v1/teams")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer heng_not_a_key_at_all")
                        .exchange())),
        Named.of(
            "write with a read-only key",
            new Failure(
                HttpStatus.FORBIDDEN,
                (client, admin, reader) -> reader.put("teams", "T-1", team("T-1", "One")))),
        Named.of(
            "tenant key on the platform API",
            new Failure(
                HttpStatus.FORBIDDEN,
                (client, admin, reader) ->
                    admin.send(
                        HttpMethod.POST,
                        MediaType.APPLICATION_JSON,
                        Map.of("name", "intruder"),
                        "/api/v1/platform/tenants"))),
        Named.of(
            "platform key on a tenant's records",
            new Failure(
                HttpStatus.FORBIDDEN,
                (client, admin, reader) ->
                    client
                        .get()
                        .uri("/api/v1/teams")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + PLATFORM_KEY)
                        .exchange())),
        Named.of(
            "taken tenant name",
            new Failure(
                HttpStatus.CONFLICT,
                (client, admin, reader) -> {
                  String name = "taken-" + TENANTS.incrementAndGet();
                  createTenant(client, name).expectStatus().isCreated();
                  return createTenant(client, name);
                })),
        Named.of(
            "missing record",
            new Failure(
                HttpStatus.NOT_FOUND, (client, admin, reader) -> admin.get("/api/v1/teams/T-9"))),
        Named.of(
            "unknown kind",
            new Failure(
                HttpStatus.NOT_FOUND, (client, admin, reader) -> admin.get("/api/v1/planets"))),
        Named.of(
            "unknown path",
            new Failure(
                HttpStatus.NOT_FOUND,
                (client, admin, reader) -> client.get().uri("/nowhere").exchange())),
        Named.of(
            "malformed JSON",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) -> admin.put("teams", "T-1", "{\"name\": "))),
        Named.of(
            "body that is no JSON object",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) -> admin.put("teams", "T-1", "[\"T-1\"]"))),
        Named.of(
            "body naming another id than the URL",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) -> admin.put("teams", "T-1", team("T-2", "Two")))),
        Named.of(
            "single record over 1 MiB",
            new Failure(
                HttpStatus.CONTENT_TOO_LARGE,
                (client, admin, reader) -> admin.put("teams", "T-1", oversized))),
        Named.of(
            "batch sent as JSON",
            new Failure(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                (client, admin, reader) ->
                    admin.send(
                        HttpMethod.POST,
                        MediaType.APPLICATION_JSON,
                        team("T-1", "One"),
                        "/api/v1/intake/teams"))),
        Named.of(
            "empty batch",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) -> admin.intake("teams", List.of("", " ")))),
        Named.of(
            "batch not in UTF-8",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) ->
                    admin.send(
                        HttpMethod.POST,
                        MediaType.APPLICATION_NDJSON,
                        new byte[] {'{', (byte) 0xff, '}'},
                        "/api/v1/intake/teams"))),
        Named.of(
            "method the path does not serve",
            new Failure(
                HttpStatus.METHOD_NOT_ALLOWED,
                (client, admin, reader) -> admin.send(HttpMethod.DELETE, "/api/v1/teams/T-1"))),
        Named.of(
            "limit that is no number",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) -> admin.get("/api/v1/teams?limit=many"))),
        Named.of(
            "limit out of range",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) -> admin.get("/api/v1/teams?limit=1001"))),
        Named.of(
            "cursor the service did not issue",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) -> admin.get("/api/v1/teams?cursor=bm90LWEtY3Vyc29y"))),
        Named.of(
            "time that is no ISO-8601 time",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) -> admin.get("/api/v1/tickets?from=yesterday"))),
        Named.of(
            "key request with an unknown role",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) -> admin.issueKey("overlord", null, null))),
        Named.of(
            "agent key for an agent the tenant does not have",
            new Failure(
                HttpStatus.BAD_REQUEST,
                (client, admin, reader) -> admin.issueKey("agent", "A-404", null))));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void answersEveryErrorAsProblemDetailsWithoutStackTrace(Failure failure) {
    TenantApi admin = newTenant();
    TenantApi reader = admin.withRole("qa_reviewer");

    ResponseSpec response = failure.request().send(client, admin, reader);

    byte[] body =
        response
            .expectStatus()
            .isEqualTo(failure.status())
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo(failure.status().value())
            .jsonPath("$.title")
            .isNotEmpty()
            .jsonPath("$.detail")
            .isNotEmpty()
            .returnResult()
            .getResponseBody();
    assertThat(new String(body, StandardCharsets.UTF_8))
        .doesNotContain("Exception", "\tat ", ".java:", "\"trace\"");
  }

  // Tenants

  @Test
  void answersAnotherTenantsRecordExactlyLikeAMissingOne() {
    TenantApi owner = newTenant();
    TenantApi stranger = newTenant();
    EntityExchangeResult<byte[]> missing =
        stranger.get("/api/v1/teams/T-1").expectBody().returnResult();
    owner.store("teams", team("T-1", "Billing"));

    EntityExchangeResult<byte[]> foreign =
        stranger.get("/api/v1/teams/T-1").expectBody().returnResult();

    assertThat(foreign.getStatus()).isEqualTo(HttpStatus.NOT_FOUND).isEqualTo(missing.getStatus());
    assertThat(foreign.getResponseHeaders().getContentType())
        .isEqualTo(missing.getResponseHeaders().getContentType());
    assertThat(new String(foreign.getResponseBody(), StandardCharsets.UTF_8))
        .isEqualTo(new String(missing.getResponseBody(), StandardCharsets.UTF_8));
    owner.get("/api/v1/teams/T-1").expectStatus().isOk();
  }

  @Test
  void listsOnlyTheCallersOwnTenantsRecords() {
    TenantApi first = newTenant();
    TenantApi second = newTenant();
    first.store("teams", team("T-1", "First's one"), team("T-shared", "First's shared"));
    second.store("teams", team("T-shared", "Second's shared"), team("T-2", "Second's two"));
    first.store("tickets", ticket("K-1", "C-shared", "A-1"));
    second.store("tickets", ticket("K-2", "C-shared", "A-1"));

    JsonNode firstTeams = first.page("/api/v1/teams");
    JsonNode secondTeams = second.page("/api/v1/teams");
    List<String> firstTickets = first.ids("/api/v1/tickets?customer=C-shared");
    List<String> secondAgentTickets = second.ids("/api/v1/tickets?agent=A-1");

    assertThat(TenantApi.values(firstTeams, "name"))
        .containsExactly("First's one", "First's shared");
    assertThat(TenantApi.values(secondTeams, "name"))
        .containsExactly("Second's shared", "Second's two");
    assertThat(firstTickets).containsExactly("K-1");
    assertThat(secondAgentTickets).containsExactly("K-2");
  }

  // Keys and roles

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "Bearer ",
        "Bearer heng_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Basic dXNlcjpwYXNzd29yZA=="
      })
  void refusesRequestsWithoutAValidKey(String authorization) {
    WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/api/v1/teams");
    if (authorization != null) {
      request.header(HttpHeaders.AUTHORIZATION, authorization);
    }

    ResponseSpec response = request.exchange();

    response
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void refusesAKeyWhoseSecretIsWrong() {
    String token = newTenant().token();
    String forged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

    ResponseSpec response =
        client
            .get()
            .uri("/api/v1/teams")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
            .exchange();

    response.expectStatus().isUnauthorized();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "qa_reviewer, -, -",
        "knowledge_manager, -, -",
        "team_lead, -, T-1",
        "agent, A-1, -"
      })
  void letsReadOnlyRolesReadButNotWrite(String role, String agentId, String teamId) {
    TenantApi admin = newTenant();
    admin.store("teams", team("T-1", "Billing"));
    admin.store("agents", agent("A-1", "T-1"));
    TenantApi reader = admin.withRole(role, agentId, teamId);

    ResponseSpec put = reader.put("teams", "T-2", team("T-2", "Returns"));
    ResponseSpec batch = reader.intake("teams", List.of(team("T-3", "Refunds")));
    List<String> teams = reader.ids("/api/v1/teams");

    put.expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    batch
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(teams).containsExactly("T-1");
    assertThat(admin.ids("/api/v1/teams")).containsExactly("T-1");
  }

  @Test
  void showsAnAgentOnlyItsOwnRecords() {
    TenantApi admin = newTenant();
    storeTwoTeams(admin);
    TenantApi agent = admin.withRole("agent", "A-1", null);

    List<String> teams = agent.ids("/api/v1/teams");
    List<String> agents = agent.ids("/api/v1/agents");
    List<String> customers = agent.ids("/api/v1/customers");
    List<String> tickets = agent.ids("/api/v1/tickets");
    List<String> events = agent.ids("/api/v1/ticket-events");
    ResponseSpec ownTicket = agent.get("/api/v1/tickets/K-1");
    ResponseSpec colleaguesTicket = agent.get("/api/v1/tickets/K-3");
    ResponseSpec otherTeamsTicket = agent.get("/api/v1/tickets/K-2");
    ResponseSpec colleague = agent.get("/api/v1/agents/A-3");

    assertThat(teams).containsExactly("T-1");
    assertThat(agents).containsExactly("A-1");
    assertThat(customers).containsExactly("C-1");
    assertThat(tickets).containsExactly("K-1");
    assertThat(events).containsExactly("E-1");
    ownTicket.expectStatus().isOk();
    colleaguesTicket.expectStatus().isNotFound();
    otherTeamsTicket.expectStatus().isNotFound();
    colleague.expectStatus().isNotFound();
  }

  @Test
  void showsATeamLeadOnlyItsTeam() {
    TenantApi admin = newTenant();
    storeTwoTeams(admin);
    TenantApi lead = admin.withRole("team_lead", null, "T-1");

    List<String> teams = lead.ids("/api/v1/teams");
    List<String> agents = lead.ids("/api/v1/agents");
    List<String> customers = lead.ids("/api/v1/customers");
    List<String> tickets = lead.ids("/api/v1/tickets");
    List<String> events = lead.ids("/api/v1/ticket-events");
    ResponseSpec otherTeamsTicket = lead.get("/api/v1/tickets/K-2");
    ResponseSpec otherTeamsAgent = lead.get("/api/v1/agents/A-2");
    ResponseSpec otherTeam = lead.get("/api/v1/teams/T-2");

    assertThat(teams).containsExactly("T-1");
    assertThat(agents).containsExactly("A-1", "A-3");
    assertThat(customers).containsExactly("C-1", "C-3");
    assertThat(tickets).containsExactly("K-1", "K-3");
    assertThat(events).containsExactly("E-1", "E-3");
    otherTeamsTicket.expectStatus().isNotFound();
    otherTeamsAgent.expectStatus().isNotFound();
    otherTeam.expectStatus().isNotFound();
  }

  @Test
  void issuesAKeyThatWorksAndListsItWithoutItsToken() {
    TenantApi admin = newTenant();

    JsonNode issued =
        admin
            .issueKey("integration_client", null, null)
            .expectStatus()
            .isCreated()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    JsonNode listed = admin.page("/api/v1/api-keys");

    String keyId = issued.get("key").get("keyId").asString();
    TenantApi integration = new TenantApi(client, issued.get("token").asString());
    integration.put("teams", "T-1", team("T-1", "Billing")).expectStatus().isCreated();
    assertThat(issued.get("key").get("role").asString()).isEqualTo("integration_client");
    assertThat(listed.get("items").findValuesAsString("keyId")).contains(keyId);
    assertThat(listed.get("items").findValues("token")).isEmpty();
    assertThat(listed.toString()).doesNotContain(integration.token());
  }

  @Test
  void refusesARevokedKey() {
    TenantApi admin = newTenant();
    JsonNode issued =
        admin
            .issueKey("qa_reviewer", null, null)
            .expectStatus()
            .isCreated()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    String keyId = issued.get("key").get("keyId").asString();
    TenantApi reviewer = new TenantApi(client, issued.get("token").asString());
    reviewer.get("/api/v1/teams").expectStatus().isOk();

    ResponseSpec revoked = admin.revokeKey(keyId);

    revoked.expectStatus().isNoContent();
    reviewer.get("/api/v1/teams").expectStatus().isUnauthorized();
    admin
        .get("/api/v1/api-keys")
        .expectBody()
        .jsonPath("$.items[?(@.keyId == '%s')].revokedAt".formatted(keyId))
        .value(revokedAt -> assertThat(revokedAt.toString()).matches(".*\\d{4}-\\d\\d-\\d\\dT.*"));
  }

  @Test
  void keepsKeyManagementToTenantAdmins() {
    TenantApi admin = newTenant();
    TenantApi integration = admin.withRole("integration_client");
    String adminKeyId = admin.page("/api/v1/api-keys").get("items").get(0).get("keyId").asString();

    ResponseSpec issue = integration.issueKey("tenant_admin", null, null);
    ResponseSpec list = integration.get("/api/v1/api-keys");
    ResponseSpec revoke = integration.revokeKey(adminKeyId);

    issue.expectStatus().isForbidden();
    list.expectStatus().isForbidden();
    revoke.expectStatus().isForbidden();
    admin.get("/api/v1/teams").expectStatus().isOk();
  }

  @Test
  void refusesToRevokeAnotherTenantsKey() {
    TenantApi owner = newTenant();
    TenantApi stranger = newTenant();
    String ownerKeyId = owner.page("/api/v1/api-keys").get("items").get(0).get("keyId").asString();

    ResponseSpec revoke = stranger.revokeKey(ownerKeyId);

    revoke.expectStatus().isNotFound();
    owner.get("/api/v1/teams").expectStatus().isOk();
  }

  // Reading page by page

  @Test
  void walksEveryRecordExactlyOnceThroughItsCursors() {
    TenantApi tenant = newTenant();
    List<String> ids = IntStream.rangeClosed(1, 26).mapToObj("T-%02d"::formatted).toList();
    tenant.store("teams", ids.subList(0, 25).stream().map(id -> team(id, "Team " + id)).toList());

    List<String> walked = new ArrayList<>();
    JsonNode page = tenant.page("/api/v1/teams?limit=7");
    walked.addAll(TenantApi.values(page, "externalId"));
    // A record changed during the walk must not come round again; one added comes at the end.
    tenant.store("teams", team("T-01", "Renamed"), team("T-26", "Late"));
    while (!page.get("nextCursor").isNull()) {
      page =
          tenant.page("/api/v1/teams?limit=7&cursor={cursor}", page.get("nextCursor").asString());
      walked.addAll(TenantApi.values(page, "externalId"));
    }

    assertThat(walked).containsExactlyElementsOf(ids);
  }

  @ParameterizedTest
  @CsvSource({
    "teams, agent, A-1",
    "agents, customer, C-1",
    "customers, ticket, K-1",
    "articles, team, T-1",
    "teams, from, 2026-11-01T00:00:00Z"
  })
  void refusesAFilterThatDoesNotApplyToTheKind(String kind, String filter, String value) {
    TenantApi tenant = newTenant();

    ResponseSpec response = tenant.get("/api/v1/{kind}?{filter}={value}", kind, filter, value);

    response
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(filter);
  }

  // Operations

  @Test
  void reportsReadinessUpWithTheDatabaseInIt(@Autowired HealthEndpointGroups groups) {
    ResponseSpec readiness = client.get().uri("/actuator/health/readiness").exchange();

    readiness.expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    assertThat(groups.get("readiness").isMember("r2dbc")).isTrue();
  }

  @Test
  void describesItsApiAsOpenApiJson() {
    ResponseSpec description = client.get().uri("/v3/api-docs").exchange();

    description
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody()
        .jsonPath("$.openapi")
        .isNotEmpty()
        .jsonPath("$.paths['/api/v1/intake/{kind}'].post")
        .exists();
  }

  @Test
  void servesSwaggerUiAndPrometheusMetricsWithIntakeCounts() {
    TenantApi tenant = newTenant();
    tenant.store("teams", team("T-1", "Billing"));

    client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    String metrics =
        client
            .get()
            .uri("/actuator/prometheus")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(metrics)
        .contains("heng_intake_records_total{kind=\"teams\",result=\"created\"}")
        .contains("heng_intake_batches_total");
  }
}
