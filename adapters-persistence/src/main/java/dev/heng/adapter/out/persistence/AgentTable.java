package dev.heng.adapter.out.persistence;

import dev.heng.domain.record.Agent;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.RecordKind;
import io.r2dbc.spi.Readable;
import java.util.List;

final class AgentTable extends RecordTable<Agent> {

  AgentTable() {
    super(
        RecordKind.AGENTS,
        "agents",
        Agent.class,
        List.of(
            Column.text("name"),
            Column.text("team_id"),
            Column.integer("seniority"),
            Column.text("skills"),
            Column.text("channels"),
            Column.flag("active"),
            Column.date("hired_on")));
  }

  @Override
  Object[] values(Agent agent) {
    return new Object[] {
      agent.name(),
      agent.teamId(),
      agent.seniority(),
      RowValues.json(agent.skills()),
      RowValues.enumSet(agent.channels()),
      agent.active(),
      agent.hiredOn()
    };
  }

  @Override
  Agent read(Readable row) {
    return new Agent(
        RowValues.text(row, "external_id"),
        RowValues.text(row, "name"),
        RowValues.text(row, "team_id"),
        RowValues.integer(row, "seniority"),
        RowValues.intMap(row, "skills"),
        RowValues.enumSet(row, "channels", Channel::valueOf),
        RowValues.flag(row, "active"),
        RowValues.date(row, "hired_on"));
  }

  @Override
  String teamCondition() {
    return "team_id = :%s";
  }

  @Override
  String agentCondition() {
    return "external_id = :%s";
  }
}
