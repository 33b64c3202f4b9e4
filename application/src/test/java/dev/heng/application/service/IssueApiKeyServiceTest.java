package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.OTHER_TENANT;
import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.agent;
import static dev.heng.application.service.SampleRecords.caller;
import static dev.heng.application.service.SampleRecords.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.AuthenticateCallerQuery;
import dev.heng.application.port.in.IssueApiKeyCommand;
import dev.heng.application.port.in.KeyIssuance;
import dev.heng.application.port.out.ApiKeyStorePort.StoredKey;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

class IssueApiKeyServiceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-05-01T10:00:00.123456789Z"), ZoneOffset.UTC);

  private final InMemoryStoreRecordsPort records = new InMemoryStoreRecordsPort();
  private final InMemoryApiKeyStorePort keys = new InMemoryApiKeyStorePort();
  private final IssueApiKeyService service =
      new IssueApiKeyService(keys, new InMemoryLoadRecordsPort(records), new SecureRandom(), CLOCK);

  private static IssueApiKeyCommand command(Role role, String agentId, String teamId) {
    return new IssueApiKeyCommand(caller(Role.TENANT_ADMIN), role, agentId, teamId, "desk 4");
  }

  private static KeyIssuance.Invalid invalid(KeyIssuance issuance) {
    assertThat(issuance).isInstanceOf(KeyIssuance.Invalid.class);
    return (KeyIssuance.Invalid) issuance;
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "TENANT_ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void letsOnlyAdminsIssueKeys(Role role) {
    IssueApiKeyCommand command =
        new IssueApiKeyCommand(caller(role), Role.QA_REVIEWER, null, null, null);

    StepVerifier.create(service.issue(command))
        .assertNext(issuance -> assertThat(issuance).isInstanceOf(KeyIssuance.Forbidden.class))
        .verifyComplete();

    assertThat(keys.all()).isEmpty();
  }

  @Test
  void issuesKeyBoundToTheCallersTenant() {
    IssueApiKeyCommand command = command(Role.QA_REVIEWER, null, null);

    KeyIssuance issuance = service.issue(command).block();

    ApiKey key = ((KeyIssuance.Issued) issuance).key();
    assertThat(key.tenantId()).isEqualTo(TENANT);
    assertThat(key.role()).isEqualTo(Role.QA_REVIEWER);
    assertThat(key.label()).isEqualTo("desk 4");
    assertThat(key.createdAt()).isEqualTo(Instant.parse("2025-05-01T10:00:00.123456Z"));
    assertThat(key.revokedAt()).isNull();
  }

  @Test
  void returnsTheTokenOnceAndStoresOnlyItsHash() {
    IssueApiKeyCommand command = command(Role.QA_REVIEWER, null, null);

    KeyIssuance.Issued issued = (KeyIssuance.Issued) service.issue(command).block();

    StoredKey stored = keys.get(issued.key().keyId());
    assertThat(issued.token().keyId()).isEqualTo(issued.key().keyId());
    assertThat(stored.key()).isEqualTo(issued.key());
    assertThat(stored.tokenHash()).isEqualTo(issued.token().hash());
    assertThat(stored.toString()).doesNotContain(issued.token().text());
  }

  @Test
  void issuesAKeyThatAuthenticatesAsItsBinding() {
    records.put(TENANT, team("team-1"));
    IssueApiKeyCommand command = command(Role.TEAM_LEAD, null, "team-1");
    KeyIssuance.Issued issued = (KeyIssuance.Issued) service.issue(command).block();

    Caller caller =
        new AuthenticateCallerService(keys)
            .authenticate(new AuthenticateCallerQuery(issued.token().text()))
            .block();

    assertThat(caller)
        .isEqualTo(new Caller(TENANT, issued.key().keyId(), Role.TEAM_LEAD, null, "team-1"));
  }

  @Test
  void issuesAgentKeyForAnAgentTheTenantHas() {
    records.put(TENANT, agent("agent-1"));

    StepVerifier.create(service.issue(command(Role.AGENT, "agent-1", null)))
        .assertNext(
            issuance ->
                assertThat(((KeyIssuance.Issued) issuance).key().agentId()).isEqualTo("agent-1"))
        .verifyComplete();
  }

  @Test
  void refusesAgentKeyForAnUnknownAgent() {
    records.put(OTHER_TENANT, agent("agent-1"));

    StepVerifier.create(service.issue(command(Role.AGENT, "agent-1", null)))
        .assertNext(
            issuance -> {
              assertThat(invalid(issuance).field()).isEqualTo("agentId");
              assertThat(invalid(issuance).reason()).contains("'agent-1'");
            })
        .verifyComplete();

    assertThat(keys.all()).isEmpty();
  }

  @Test
  void refusesTeamLeadKeyForAnUnknownTeam() {
    records.put(TENANT, agent("team-1"));
    records.put(OTHER_TENANT, team("team-1"));

    StepVerifier.create(service.issue(command(Role.TEAM_LEAD, null, "team-1")))
        .assertNext(issuance -> assertThat(invalid(issuance).field()).isEqualTo("teamId"))
        .verifyComplete();

    assertThat(keys.all()).isEmpty();
  }

  @Test
  void issuesTeamLeadKeyForATeamTheTenantHas() {
    records.put(TENANT, team("team-1"));

    StepVerifier.create(service.issue(command(Role.TEAM_LEAD, null, "team-1")))
        .assertNext(
            issuance ->
                assertThat(((KeyIssuance.Issued) issuance).key().teamId()).isEqualTo("team-1"))
        .verifyComplete();
  }

  @Test
  void requiresAnAgentForAnAgentKeyOnly() {
    records.put(TENANT, agent("agent-1"));

    StepVerifier.create(service.issue(command(Role.AGENT, null, null)))
        .assertNext(issuance -> assertThat(invalid(issuance).field()).isEqualTo("agentId"))
        .verifyComplete();
    StepVerifier.create(service.issue(command(Role.QA_REVIEWER, "agent-1", null)))
        .assertNext(issuance -> assertThat(invalid(issuance).field()).isEqualTo("agentId"))
        .verifyComplete();
  }

  @Test
  void requiresATeamForATeamLeadKeyOnly() {
    records.put(TENANT, team("team-1"));

    StepVerifier.create(service.issue(command(Role.TEAM_LEAD, null, null)))
        .assertNext(issuance -> assertThat(invalid(issuance).field()).isEqualTo("teamId"))
        .verifyComplete();
    StepVerifier.create(service.issue(command(Role.INTEGRATION_CLIENT, null, "team-1")))
        .assertNext(issuance -> assertThat(invalid(issuance).field()).isEqualTo("teamId"))
        .verifyComplete();
  }

  @Test
  void issuesADifferentTokenEachTime() {
    KeyIssuance.Issued first =
        (KeyIssuance.Issued) service.issue(command(Role.QA_REVIEWER, null, null)).block();
    KeyIssuance.Issued second =
        (KeyIssuance.Issued) service.issue(command(Role.QA_REVIEWER, null, null)).block();

    assertThat(first.token()).isNotEqualTo(second.token());
    assertThat(keys.all()).hasSize(2);
  }
}
