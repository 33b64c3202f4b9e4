package dev.heng.domain.simulation;

import dev.heng.domain.record.Agent;
import dev.heng.domain.record.Channel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * An agent as the generator sees it: the intake fields and the hidden skill.
 *
 * @param index position in the generated list, 0-based
 * @param id external id
 * @param name display name
 * @param team index of the agent's team
 * @param teamId external id of the agent's team
 * @param seniority 1..4
 * @param skill hidden skill, standard normal
 * @param skills category code to proficiency 1..5
 * @param channels channels served; always chat and email, so every ticket can be placed
 * @param hiredOn first working day
 */
record AgentProfile(
    int index,
    String id,
    String name,
    int team,
    String teamId,
    int seniority,
    double skill,
    Map<String, Integer> skills,
    Set<Channel> channels,
    LocalDate hiredOn) {

  /** The intake record. */
  Agent toRecord() {
    return new Agent(id, name, teamId, seniority, skills, channels, true, hiredOn);
  }
}
