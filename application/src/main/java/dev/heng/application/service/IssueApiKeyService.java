package dev.heng.application.service;

import dev.heng.application.port.in.IssueApiKeyCommand;
import dev.heng.application.port.in.IssueApiKeyUseCase;
import dev.heng.application.port.in.KeyIssuance;
import dev.heng.application.port.out.ApiKeyStorePort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.RecordKind;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import reactor.core.publisher.Mono;

/** Issues keys bound to the caller's tenant, and to an agent or team the tenant has. */
public final class IssueApiKeyService implements IssueApiKeyUseCase {

  private final ApiKeyStorePort keys;
  private final LoadRecordsPort records;
  private final SecureRandom random;
  private final Clock clock;

  public IssueApiKeyService(
      ApiKeyStorePort keys, LoadRecordsPort records, SecureRandom random, Clock clock) {
    this.keys = keys;
    this.records = records;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public Mono<KeyIssuance> issue(IssueApiKeyCommand command) {
    if (!command.caller().role().mayManageKeys()) {
      return Mono.just(new KeyIssuance.Forbidden("only a tenant admin may issue keys"));
    }
    Role role = command.role();
    if (role.needsAgent() != (command.agentId() != null)) {
      return Mono.just(
          new KeyIssuance.Invalid("agentId", "is required for role AGENT and only for it"));
    }
    if (role.needsTeam() != (command.teamId() != null)) {
      return Mono.just(
          new KeyIssuance.Invalid("teamId", "is required for role TEAM_LEAD and only for it"));
    }

    Mono<KeyIssuance> bindingProblem = Mono.empty();
    if (role.needsAgent()) {
      bindingProblem = missing(command, RecordKind.AGENTS, command.agentId(), "agentId");
    } else if (role.needsTeam()) {
      bindingProblem = missing(command, RecordKind.TEAMS, command.teamId(), "teamId");
    }
    return bindingProblem.switchIfEmpty(Mono.defer(() -> store(command)));
  }

  private Mono<KeyIssuance> missing(
      IssueApiKeyCommand command, RecordKind kind, String id, String field) {
    return records
        .existing(command.caller().tenantId(), kind, Set.of(id))
        .filter(found -> found.isEmpty())
        .map(
            found ->
                new KeyIssuance.Invalid(
                    field, "the tenant has no " + kind.path() + " '" + id + "'"));
  }

  private Mono<KeyIssuance> store(IssueApiKeyCommand command) {
    ApiKeyToken token = ApiKeyToken.generate(random);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ApiKey key =
        new ApiKey(
            token.keyId(),
            command.caller().tenantId(),
            command.role(),
            command.agentId(),
            command.teamId(),
            command.label(),
            now,
            null);

    return keys.save(key, token.hash()).thenReturn(new KeyIssuance.Issued(key, token));
  }
}
