package dev.heng.domain.record;

import static dev.heng.domain.record.Rejections.rejectedField;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamTest {

  @Test
  void keepsItsFields() {
    Team team = new Team("team-1", "Billing", "agent-7");

    assertThat(team.externalId()).isEqualTo("team-1");
    assertThat(team.name()).isEqualTo("Billing");
    assertThat(team.leadAgentId()).isEqualTo("agent-7");
    assertThat(team.kind()).isEqualTo(RecordKind.TEAMS);
  }

  @Test
  void allowsTeamWithoutLead() {
    Team team = new Team("team-1", "Billing", null);

    assertThat(team.leadAgentId()).isNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "a/b", "tab\there", "line\nbreak", "nul\u0000byte"})
  void rejectsMissingOrMalformedExternalId(String externalId) {
    assertThat(rejectedField(() -> new Team(externalId, "Billing", null))).isEqualTo("externalId");
  }

  @Test
  void acceptsExternalIdOf128CharactersButNot129() {
    String longest = "x".repeat(128);

    assertThat(new Team(longest, "Billing", null).externalId()).isEqualTo(longest);
    assertThat(rejectedField(() -> new Team(longest + "x", "Billing", null)))
        .isEqualTo("externalId");
  }

  @Test
  void acceptsUnicodeExternalId() {
    Team team = new Team("客服-团队 ✓", "Billing", null);

    assertThat(team.externalId()).isEqualTo("客服-团队 ✓");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" \t "})
  void requiresName(String name) {
    assertThat(rejectedField(() -> new Team("team-1", name, null))).isEqualTo("name");
  }

  @Test
  void limitsNameTo200Characters() {
    String longest = "n".repeat(200);

    assertThat(new Team("team-1", longest, null).name()).hasSize(200);
    assertThat(rejectedField(() -> new Team("team-1", longest + "n", null))).isEqualTo("name");
  }

  @Test
  void checksLeadAgentIdLikeAnExternalId() {
    assertThat(rejectedField(() -> new Team("team-1", "Billing", "a/b"))).isEqualTo("leadAgentId");
    assertThat(rejectedField(() -> new Team("team-1", "Billing", " "))).isEqualTo("leadAgentId");
  }
}
