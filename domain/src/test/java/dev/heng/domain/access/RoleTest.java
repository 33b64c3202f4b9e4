package dev.heng.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void letsOnlyAdminsAndIntegrationsSendRecords() {
    assertThat(Arrays.stream(Role.values()).filter(Role::mayWriteRecords))
        .containsExactlyInAnyOrder(Role.TENANT_ADMIN, Role.INTEGRATION_CLIENT);
  }

  @Test
  void letsOnlyAdminsManageKeys() {
    assertThat(Arrays.stream(Role.values()).filter(Role::mayManageKeys))
        .containsExactly(Role.TENANT_ADMIN);
  }

  @Test
  void bindsOnlyAgentsToAnAgentAndOnlyTeamLeadsToATeam() {
    assertThat(Arrays.stream(Role.values()).filter(Role::needsAgent)).containsExactly(Role.AGENT);
    assertThat(Arrays.stream(Role.values()).filter(Role::needsTeam))
        .containsExactly(Role.TEAM_LEAD);
  }
}
