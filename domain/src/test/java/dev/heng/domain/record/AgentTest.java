package dev.heng.domain.record;

import static dev.heng.domain.record.Rejections.rejectedField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentTest {

  private static Agent agent(int seniority, Map<String, Integer> skills, Set<Channel> channels) {
    return new Agent(
        "agent-1", "Li Na", "team-1", seniority, skills, channels, true, LocalDate.of(2021, 3, 1));
  }

  @Test
  void keepsSkillsInKeyOrderAndChannelsInNaturalOrder() {
    Map<String, Integer> skills = new HashMap<>(Map.of("refunds", 4, "billing", 2, "claims", 5));
    Set<Channel> channels = new HashSet<>(Set.of(Channel.SOCIAL, Channel.PHONE, Channel.EMAIL));

    Agent agent = agent(3, skills, channels);

    assertThat(agent.skills().keySet()).containsExactly("billing", "claims", "refunds");
    assertThat(agent.channels()).containsExactly(Channel.PHONE, Channel.EMAIL, Channel.SOCIAL);
    assertThat(agent.kind()).isEqualTo(RecordKind.AGENTS);
  }

  @Test
  void copiesItsCollections() {
    Map<String, Integer> skills = new HashMap<>(Map.of("billing", 2));
    Set<Channel> channels = EnumSet.of(Channel.CHAT);

    Agent agent = agent(1, skills, channels);
    skills.put("claims", 3);
    channels.add(Channel.PHONE);

    assertThat(agent.skills()).containsOnlyKeys("billing");
    assertThat(agent.channels()).containsExactly(Channel.CHAT);
  }

  @Test
  void treatsMissingSkillsAsNone() {
    Agent agent = agent(1, null, Set.of(Channel.CHAT));

    assertThat(agent.skills()).isEmpty();
  }

  @Test
  void allowsAgentWithoutTeamOrHiringDate() {
    Agent agent =
        new Agent("agent-1", "Li Na", null, 2, Map.of(), Set.of(Channel.CHAT), false, null);

    assertThat(agent.teamId()).isNull();
    assertThat(agent.hiredOn()).isNull();
    assertThat(agent.active()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, -1})
  void rejectsSeniorityOutside1To4(int seniority) {
    assertThat(rejectedField(() -> agent(seniority, Map.of(), Set.of(Channel.CHAT))))
        .isEqualTo("seniority");
  }

  @Test
  void acceptsSeniorityAtBothEnds() {
    assertThat(agent(1, Map.of(), Set.of(Channel.CHAT)).seniority()).isEqualTo(1);
    assertThat(agent(4, Map.of(), Set.of(Channel.CHAT)).seniority()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void rejectsSkillProficiencyOutside1To5NamingTheSkill(int proficiency) {
    Map<String, Integer> skills = Map.of("billing", 3, "claims", proficiency);

    assertThat(rejectedField(() -> agent(2, skills, Set.of(Channel.CHAT))))
        .isEqualTo("skills.claims");
  }

  @Test
  void rejectsBlankSkillNameAndMissingProficiency() {
    Map<String, Integer> nullProficiency = new HashMap<>();
    nullProficiency.put("billing", null);

    assertThat(rejectedField(() -> agent(2, Map.of(" ", 3), Set.of(Channel.CHAT))))
        .isEqualTo("skills");
    assertThat(rejectedField(() -> agent(2, nullProficiency, Set.of(Channel.CHAT))))
        .isEqualTo("skills");
  }

  @Test
  void requiresAtLeastOneChannel() {
    assertThat(rejectedField(() -> agent(2, Map.of(), Set.of()))).isEqualTo("channels");
    assertThat(rejectedField(() -> agent(2, Map.of(), null))).isEqualTo("channels");
  }

  @Test
  void rejectsNullChannel() {
    Set<Channel> channels = new HashSet<>();
    channels.add(Channel.CHAT);
    channels.add(null);

    assertThat(rejectedField(() -> agent(2, Map.of(), channels))).isEqualTo("channels");
  }

  @Test
  void requiresNameOfAtMost200Characters() {
    Set<Channel> chat = Set.of(Channel.CHAT);

    assertThat(rejectedField(() -> new Agent("a-1", " ", null, 1, null, chat, true, null)))
        .isEqualTo("name");
    assertThat(
            rejectedField(() -> new Agent("a-1", "n".repeat(201), null, 1, null, chat, true, null)))
        .isEqualTo("name");
  }

  @Test
  void checksTeamIdLikeAnExternalId() {
    Set<Channel> chat = Set.of(Channel.CHAT);

    assertThat(rejectedField(() -> new Agent("a-1", "Li", "t/1", 1, null, chat, true, null)))
        .isEqualTo("teamId");
  }

  @Test
  void rebuildsFromTheCollectionsItHolds() {
    Agent original = agent(2, Map.of("billing", 3), Set.of(Channel.CHAT, Channel.EMAIL));

    Agent copy =
        new Agent(
            original.externalId(),
            original.name(),
            original.teamId(),
            original.seniority(),
            original.skills(),
            original.channels(),
            original.active(),
            original.hiredOn());

    assertThat(copy).isEqualTo(original);
  }

  @Test
  void refusesMoreThanFiftySkills() {
    Map<String, Integer> skills = new HashMap<>();
    for (int i = 0; i < 51; i++) {
      skills.put("skill " + i, 3);
    }

    assertThat(rejectedField(() -> agent(2, skills, Set.of(Channel.CHAT)))).isEqualTo("skills");
  }

  @Test
  void refusesASkillNameOverOneHundredCharacters() {
    Map<String, Integer> skills = Map.of("s".repeat(101), 3);

    assertThat(rejectedField(() -> agent(2, skills, Set.of(Channel.CHAT)))).isEqualTo("skills");
  }
}
