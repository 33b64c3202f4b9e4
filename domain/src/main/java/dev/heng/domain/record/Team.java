package dev.heng.domain.record;

/**
 * A team of agents.
 *
 * @param externalId the caller's id of the team
 * @param name the team's display name
 * @param leadAgentId the external id of the agent who leads it, or null
 */
public record Team(String externalId, String name, String leadAgentId) implements IntakeRecord {

  public Team {
    externalId = Fields.externalId("externalId", externalId);
    name = Fields.text("name", name, 200);
    leadAgentId = Fields.optionalExternalId("leadAgentId", leadAgentId);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.TEAMS;
  }
}
