package dev.heng.adapter.out.persistence;

import dev.heng.domain.record.AdoptionStatus;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.ContributionType;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.TrainingKind;
import io.r2dbc.spi.Readable;
import java.util.List;

final class ContributionTable extends RecordTable<ContributionRecord> {

  ContributionTable() {
    super(
        RecordKind.CONTRIBUTIONS,
        "contributions",
        ContributionRecord.class,
        List.of(
            Column.text("agent_id"),
            Column.text("type"),
            Column.instant("occurred_at"),
            Column.text("title"),
            Column.text("adoption_status"),
            Column.text("partner_team_id"),
            Column.text("training_kind"),
            Column.decimal("score")));
  }

  @Override
  Object[] values(ContributionRecord contribution) {
    return new Object[] {
      contribution.agentId(),
      RowValues.name(contribution.type()),
      RowValues.time(contribution.occurredAt()),
      contribution.title(),
      RowValues.name(contribution.adoptionStatus()),
      contribution.partnerTeamId(),
      RowValues.name(contribution.trainingKind()),
      contribution.score()
    };
  }

  @Override
  ContributionRecord read(Readable row) {
    return new ContributionRecord(
        RowValues.text(row, "external_id"),
        RowValues.text(row, "agent_id"),
        RowValues.enumValue(row, "type", ContributionType.class),
        RowValues.instant(row, "occurred_at"),
        RowValues.text(row, "title"),
        RowValues.enumValue(row, "adoption_status", AdoptionStatus.class),
        RowValues.text(row, "partner_team_id"),
        RowValues.enumValue(row, "training_kind", TrainingKind.class),
        RowValues.decimal(row, "score"));
  }

  @Override
  String timeColumn() {
    return "occurred_at";
  }

  @Override
  String teamCondition() {
    return "agent_id IN " + teamAgents("%s");
  }

  @Override
  String agentCondition() {
    return "agent_id = :%s";
  }
}
