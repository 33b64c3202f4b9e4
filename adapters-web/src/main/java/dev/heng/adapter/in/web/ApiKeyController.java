package dev.heng.adapter.in.web;

import dev.heng.application.port.in.IssueApiKeyCommand;
import dev.heng.application.port.in.IssueApiKeyUseCase;
import dev.heng.application.port.in.KeyIssuance;
import dev.heng.application.port.in.ListApiKeysQuery;
import dev.heng.application.port.in.ListApiKeysUseCase;
import dev.heng.application.port.in.RevokeApiKeyCommand;
import dev.heng.application.port.in.RevokeApiKeyUseCase;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Tenant admins create, list and revoke their tenant's API keys. */
@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeyController {

  private final IssueApiKeyUseCase issue;
  private final ListApiKeysUseCase list;
  private final RevokeApiKeyUseCase revoke;

  ApiKeyController(IssueApiKeyUseCase issue, ListApiKeysUseCase list, RevokeApiKeyUseCase revoke) {
    this.issue = issue;
    this.list = list;
    this.revoke = revoke;
  }

  /**
   * A key request.
   *
   * @param role the new key's role
   * @param agentId for an agent key, the agent it is bound to
   * @param teamId for a team-lead key, the team it is bound to
   * @param label a name for the key
   */
  record KeyRequest(Role role, String agentId, String teamId, String label) {}

  /** A key as listed: never its token. */
  record KeyView(
      String keyId,
      Role role,
      String agentId,
      String teamId,
      String label,
      Instant createdAt,
      Instant revokedAt) {

    static KeyView of(ApiKey key) {
      return new KeyView(
          key.keyId(),
          key.role(),
          key.agentId(),
          key.teamId(),
          key.label(),
          key.createdAt(),
          key.revokedAt());
    }
  }

  @PostMapping
  Mono<ResponseEntity<Object>> create(
      @AuthenticationPrincipal Caller caller, @RequestBody KeyRequest request) {
    if (request.role() == null) {
      return Mono.just(Problems.invalidParameter("role", "is required"));
    }
    if (request.label() != null && request.label().length() > 200) {
      return Mono.just(Problems.invalidParameter("label", "must be at most 200 characters"));
    }

    return issue
        .issue(
            new IssueApiKeyCommand(
                caller, request.role(), request.agentId(), request.teamId(), request.label()))
        .map(
            outcome ->
                switch (outcome) {
                  case KeyIssuance.Issued issued ->
                      ResponseEntity.status(HttpStatus.CREATED)
                          .body(
                              (Object)
                                  Map.of(
                                      "key",
                                      KeyView.of(issued.key()),
                                      "token",
                                      issued.token().text()));
                  case KeyIssuance.Invalid invalid ->
                      Problems.invalidParameter(invalid.field(), invalid.reason());
                  case KeyIssuance.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                });
  }

  @GetMapping
  Mono<ResponseEntity<Object>> list(@AuthenticationPrincipal Caller caller) {
    return list.list(new ListApiKeysQuery(caller))
        .map(
            keys ->
                ResponseEntity.ok(
                    (Object) Map.of("items", keys.stream().map(KeyView::of).toList())))
        .defaultIfEmpty(
            Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "only a tenant admin may list keys"));
  }

  @DeleteMapping("/{keyId}")
  Mono<ResponseEntity<Object>> revoke(
      @AuthenticationPrincipal Caller caller, @PathVariable String keyId) {
    return revoke
        .revoke(new RevokeApiKeyCommand(caller, keyId))
        .map(
            outcome ->
                switch (outcome) {
                  case REVOKED -> ResponseEntity.noContent().build();
                  case NOT_FOUND -> Problems.notFound("key '" + keyId + "'");
                  case FORBIDDEN ->
                      Problems.of(
                          HttpStatus.FORBIDDEN, "Forbidden", "only a tenant admin may revoke keys");
                });
  }
}
