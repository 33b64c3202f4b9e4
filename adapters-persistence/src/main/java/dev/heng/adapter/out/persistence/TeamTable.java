package dev.heng.adapter.out.persistence;

import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Team;
import io.r2dbc.spi.Readable;
import java.util.List;

final class TeamTable extends RecordTable<Team> {

  TeamTable() {
    super(
        RecordKind.TEAMS,
        "teams",
        Team.class,
        List.of(Column.text("name"), Column.text("lead_agent_id")));
  }

  @Override
  Object[] values(Team team) {
    return new Object[] {team.name(), team.leadAgentId()};
  }

  @Override
  Team read(Readable row) {
    return new Team(
        RowValues.text(row, "external_id"),
        RowValues.text(row, "name"),
        RowValues.text(row, "lead_agent_id"));
  }

  @Override
  String teamCondition() {
    return "external_id = :%s";
  }

  @Override
  String agentCondition() {
    return null;
  }

  @Override
  String agentScopeCondition() {
    return "external_id IN (SELECT a.team_id FROM agents a WHERE a.tenant_id = :tenant"
        + " AND a.external_id = :%s)";
  }
}
