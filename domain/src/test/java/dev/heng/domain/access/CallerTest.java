package dev.heng.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.heng.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallerTest {

  private static final TenantId TENANT = new TenantId(7);

  @Test
  void limitsAnAgentToItsOwnRecords() {
    Caller caller = new Caller(TENANT, "k1", Role.AGENT, "agent-1", null);

    assertThat(caller.scope()).isEqualTo(new AccessScope.OwnAgent("agent-1"));
  }

  @Test
  void limitsATeamLeadToItsTeam() {
    Caller caller = new Caller(TENANT, "k1", Role.TEAM_LEAD, null, "team-1");

    assertThat(caller.scope()).isEqualTo(new AccessScope.OwnTeam("team-1"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"TENANT_ADMIN", "QA_REVIEWER", "KNOWLEDGE_MANAGER", "INTEGRATION_CLIENT"})
  void letsOtherRolesSeeTheWholeTenant(Role role) {
    Caller caller = new Caller(TENANT, "k1", role, null, null);

    assertThat(caller.scope()).isEqualTo(new AccessScope.WholeTenant());
  }

  @Test
  void requiresAgentForAgentRoleOnly() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Caller(TENANT, "k1", Role.AGENT, null, null))
        .withMessageContaining("agentId");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Caller(TENANT, "k1", Role.QA_REVIEWER, "agent-1", null))
        .withMessageContaining("agent-1");
  }

  @Test
  void requiresTeamForTeamLeadRoleOnly() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Caller(TENANT, "k1", Role.TEAM_LEAD, null, null))
        .withMessageContaining("teamId");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Caller(TENANT, "k1", Role.AGENT, "agent-1", "team-1"))
        .withMessageContaining("team-1");
  }

  @Test
  void requiresTenantKeyAndRole() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Caller(null, "k1", Role.TENANT_ADMIN, null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Caller(TENANT, null, Role.TENANT_ADMIN, null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Caller(TENANT, "k1", null, null, null));
  }

  @Test
  void rejectsBlankScopeIds() {
    assertThatIllegalArgumentException().isThrownBy(() -> new AccessScope.OwnAgent(" "));
    assertThatIllegalArgumentException().isThrownBy(() -> new AccessScope.OwnTeam(""));
  }
}
