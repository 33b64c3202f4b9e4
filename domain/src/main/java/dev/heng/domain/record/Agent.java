package dev.heng.domain.record;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A customer-service agent.
 *
 * @param externalId the caller's id of the agent
 * @param name display name
 * @param teamId external id of the agent's team, or null when unassigned
 * @param seniority 1 (junior) to 4 (expert)
 * @param skills skill name to proficiency 1..5, in key order
 * @param channels the channels the agent serves, at least one
 * @param active whether the agent currently takes work
 * @param hiredOn the day the agent started, or null when unknown
 */
public record Agent(
    String externalId,
    String name,
    String teamId,
    int seniority,
    Map<String, Integer> skills,
    Set<Channel> channels,
    boolean active,
    LocalDate hiredOn)
    implements IntakeRecord {

  public Agent {
    externalId = Fields.externalId("externalId", externalId);
    name = Fields.text("name", name, 200);
    teamId = Fields.optionalExternalId("teamId", teamId);
    Fields.range("seniority", seniority, 1, 4);
    skills = Fields.map("skills", skills);
    if (skills.size() > 50) {
      throw new InvalidFieldException(
          "skills", "must hold at most 50 skills, had " + skills.size());
    }
    for (Map.Entry<String, Integer> skill : skills.entrySet()) {
      Fields.text("skills", skill.getKey(), 100);
      Fields.range("skills." + skill.getKey(), skill.getValue(), 1, 5);
    }
    channels = Fields.set("channels", channels);
    if (channels.isEmpty()) {
      throw new InvalidFieldException("channels", "must name at least one channel");
    }
  }

  @Override
  public RecordKind kind() {
    return RecordKind.AGENTS;
  }
}
