package dev.heng.bootstrap.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import tools.jackson.databind.JsonNode;

/**
 * One API key's view of the HTTP API: every request carries that key as its bearer token. An admin
 * key issues keys of other roles for the same tenant.
 */
final class TenantApi {

  private final WebTestClient client;
  private final String token;

  TenantApi(WebTestClient client, String token) {
    this.client = client;
    this.token = token;
  }

  /**
   * Creates a tenant over the platform API, which must answer 201, and returns its admin's view.
   *
   * @param platformKey the platform key the service was started with
   */
  static TenantApi create(WebTestClient client, String platformKey, String name) {
    JsonNode created =
        client
            .post()
            .uri("/api/v1/platform/tenants")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + platformKey)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("name", name))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    return new TenantApi(client, created.get("adminToken").asString());
  }

  String token() {
    return token;
  }

  /** Sends a body of the given media type with this key. */
  ResponseSpec send(
      HttpMethod method, MediaType type, Object body, String uri, Object... variables) {
    return client
        .method(method)
        .uri(uri, variables)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .contentType(type)
        .bodyValue(body)
        .exchange();
  }

  ResponseSpec put(String kind, String externalId, String json) {
    return send(
        HttpMethod.PUT,
        MediaType.APPLICATION_JSON,
        json,
        "/api/v1/{kind}/{externalId}",
        kind,
        externalId);
  }

  /** Sends the lines as one NDJSON batch, one record a line. */
  ResponseSpec intake(String kind, List<String> lines) {
    return send(
        HttpMethod.POST,
        MediaType.APPLICATION_NDJSON,
        String.join("\n", lines),
        "/api/v1/intake/{kind}",
        kind);
  }

  /** Sends a batch that must be accepted; for arranging what a test reads. */
  void store(String kind, List<String> lines) {
    intake(kind, lines).expectStatus().isOk();
  }

  void store(String kind, String... lines) {
    store(kind, List.of(lines));
  }

  /** Sends a request without a body with this key. */
  ResponseSpec send(HttpMethod method, String uri, Object... variables) {
    return client
        .method(method)
        .uri(uri, variables)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange();
  }

  ResponseSpec get(String uri, Object... variables) {
    return send(HttpMethod.GET, uri, variables);
  }

  /** The external ids on the first page of a listing, which must answer 200. */
  List<String> ids(String uri, Object... variables) {
    return values(page(uri, variables), "externalId");
  }

  /** A page of a listing, which must answer 200. */
  JsonNode page(String uri, Object... variables) {
    return get(uri, variables)
        .expectStatus()
        .isOk()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  ResponseSpec issueKey(String role, String agentId, String teamId) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("role", role);
    request.put("agentId", agentId);
    request.put("teamId", teamId);
    return send(HttpMethod.POST, MediaType.APPLICATION_JSON, request, "/api/v1/api-keys");
  }

  ResponseSpec revokeKey(String keyId) {
    return send(HttpMethod.DELETE, "/api/v1/api-keys/{keyId}", keyId);
  }

  /** A new key of the tenant, issued with this (admin) key; agentId or teamId binds it. */
  TenantApi withRole(String role, String agentId, String teamId) {
    JsonNode issued =
        issueKey(role, agentId, teamId)
            .expectStatus()
            .isCreated()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    return new TenantApi(client, issued.get("token").asString());
  }

  TenantApi withRole(String role) {
    return withRole(role, null, null);
  }

  /** One field of every record on a page, in the page's order. */
  static List<String> values(JsonNode page, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode item : page.get("items")) {
      values.add(item.get(field).asString());
    }
    return values;
  }
}
