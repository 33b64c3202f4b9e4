package dev.heng.domain.record;

import static dev.heng.domain.record.Rejections.rejectedField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContributionRecordTest {

  private static final Instant AT = Instant.parse("2025-01-15T12:00:00Z");

  private static ContributionRecord suggestion(AdoptionStatus status) {
    return new ContributionRecord(
        "ct-1",
        "agent-1",
        ContributionType.IMPROVEMENT_SUGGESTION,
        AT,
        "Shorter greeting",
        status,
        null,
        null,
        null);
  }

  private static ContributionRecord collaboration(String partnerTeamId) {
    return new ContributionRecord(
        "ct-1",
        "agent-1",
        ContributionType.COLLABORATION_CASE,
        AT,
        null,
        null,
        partnerTeamId,
        null,
        null);
  }

  private static ContributionRecord training(TrainingKind kind, Double score) {
    return new ContributionRecord(
        "ct-1", "agent-1", ContributionType.TRAINING_RESULT, AT, null, null, null, kind, score);
  }

  @Test
  void acceptsEachTypeWithItsOwnDetails() {
    assertThat(suggestion(AdoptionStatus.ADOPTED).adoptionStatus())
        .isEqualTo(AdoptionStatus.ADOPTED);
    assertThat(collaboration("team-2").partnerTeamId()).isEqualTo("team-2");
    assertThat(training(TrainingKind.VR_DRILL, 87.5).score()).isEqualTo(87.5);
    assertThat(training(TrainingKind.VR_DRILL, 87.5).kind()).isEqualTo(RecordKind.CONTRIBUTIONS);
  }

  @Test
  void requiresAdoptionStatusOfASuggestion() {
    assertThat(rejectedField(() -> suggestion(null))).isEqualTo("adoptionStatus");
  }

  @Test
  void requiresPartnerTeamOfACollaborationCase() {
    assertThat(rejectedField(() -> collaboration(null))).isEqualTo("partnerTeamId");
    assertThat(rejectedField(() -> collaboration("team/2"))).isEqualTo("partnerTeamId");
  }

  @Test
  void requiresKindAndScoreOfATrainingResult() {
    assertThat(rejectedField(() -> training(null, 50.0))).isEqualTo("trainingKind");
    assertThat(rejectedField(() -> training(TrainingKind.CLASSROOM, null))).isEqualTo("score");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.5, 100.01, Double.NaN})
  void rejectsScoreOutside0To100(double score) {
    assertThat(rejectedField(() -> training(TrainingKind.SIMULATION, score))).isEqualTo("score");
  }

  @Test
  void acceptsScoreAtBothEnds() {
    assertThat(training(TrainingKind.E_LEARNING, 0.0).score()).isZero();
    assertThat(training(TrainingKind.E_LEARNING, 100.0).score()).isEqualTo(100.0);
  }

  @Test
  void requiresAgentTypeAndTime() {
    assertThat(
            rejectedField(
                () ->
                    new ContributionRecord(
                        "ct-1",
                        null,
                        ContributionType.COLLABORATION_CASE,
                        AT,
                        null,
                        null,
                        "t-2",
                        null,
                        null)))
        .isEqualTo("agentId");
    assertThat(
            rejectedField(
                () ->
                    new ContributionRecord("ct-1", "a-1", null, AT, null, null, null, null, null)))
        .isEqualTo("type");
    assertThat(
            rejectedField(
                () ->
                    new ContributionRecord(
                        "ct-1",
                        "a-1",
                        ContributionType.COLLABORATION_CASE,
                        null,
                        null,
                        null,
                        "t-2",
                        null,
                        null)))
        .isEqualTo("occurredAt");
  }

  @Test
  void limitsTitleTo500Characters() {
    assertThat(
            rejectedField(
                () ->
                    new ContributionRecord(
                        "ct-1",
                        "a-1",
                        ContributionType.COLLABORATION_CASE,
                        AT,
                        "t".repeat(501),
                        null,
                        "t-2",
                        null,
                        null)))
        .isEqualTo("title");
  }
}
