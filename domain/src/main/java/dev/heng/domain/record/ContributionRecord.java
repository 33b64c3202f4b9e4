package dev.heng.domain.record;

import java.time.Instant;

/**
 * A contribution an agent made beyond handling tickets: a process-improvement suggestion (with its
 * {@code adoptionStatus}), a cross-team collaboration case (with its {@code partnerTeamId}) or a
 * training result (with its {@code trainingKind} and {@code score}).
 *
 * @param externalId the caller's id of the record
 * @param agentId external id of the contributing agent
 * @param type the kind of contribution
 * @param occurredAt when it was made or completed
 * @param title a short description
 * @param adoptionStatus for a suggestion, what became of it; otherwise null
 * @param partnerTeamId for a collaboration case, the other team's external id; otherwise null
 * @param trainingKind for a training result, the form of the drill; otherwise null
 * @param score for a training result, 0..100; otherwise null
 */
public record ContributionRecord(
    String externalId,
    String agentId,
    ContributionType type,
    Instant occurredAt,
    String title,
    AdoptionStatus adoptionStatus,
    String partnerTeamId,
    TrainingKind trainingKind,
    Double score)
    implements IntakeRecord {

  public ContributionRecord {
    externalId = Fields.externalId("externalId", externalId);
    agentId = Fields.externalId("agentId", agentId);
    Fields.required("type", type);
    occurredAt = Fields.instant("occurredAt", occurredAt);
    title = Fields.optionalText("title", title, 500);
    partnerTeamId = Fields.optionalExternalId("partnerTeamId", partnerTeamId);
    switch (type) {
      case IMPROVEMENT_SUGGESTION -> Fields.required("adoptionStatus", adoptionStatus);
      case COLLABORATION_CASE -> Fields.externalId("partnerTeamId", partnerTeamId);
      case TRAINING_RESULT -> {
        Fields.required("trainingKind", trainingKind);
        Fields.required("score", score);
        if (score.isNaN() || score < 0 || score > 100) {
          throw new InvalidFieldException("score", "must be between 0 and 100, was " + score);
        }
      }
    }
  }

  @Override
  public RecordKind kind() {
    return RecordKind.CONTRIBUTIONS;
  }
}
