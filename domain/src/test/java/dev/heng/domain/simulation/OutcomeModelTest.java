package dev.heng.domain.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Priority;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class OutcomeModelTest {

  private static final int DRAWS = 20_000;

  private final OutcomeModel model = new OutcomeModel(1.0);

  @Test
  void complaintsRiseWithDifficultyAndFallWithSkill() {
    double easy = mean(0.5, 0.0, 1.0, outcome -> outcome.complaint() ? 1 : 0);
    double average = mean(1.0, 0.0, 1.0, outcome -> outcome.complaint() ? 1 : 0);
    double hard = mean(2.0, 0.0, 1.0, outcome -> outcome.complaint() ? 1 : 0);
    double skilled = mean(1.0, 1.0, 1.0, outcome -> outcome.complaint() ? 1 : 0);
    double unskilled = mean(1.0, -1.0, 1.0, outcome -> outcome.complaint() ? 1 : 0);

    assertThat(average).isBetween(0.03, 0.07);
    assertThat(easy).isLessThan(average);
    assertThat(hard).isGreaterThan(average * 1.5);
    assertThat(skilled).isLessThan(average);
    assertThat(unskilled).isGreaterThan(average * 1.5);
  }

  @Test
  void satisfactionAndResolutionRiseWithSkill() {
    double resolvedSkilled = mean(1.0, 1.0, 1.0, outcome -> outcome.resolved() ? 1 : 0);
    double resolvedUnskilled = mean(1.0, -1.0, 1.0, outcome -> outcome.resolved() ? 1 : 0);
    double experienceSkilled = mean(1.0, 1.0, 1.0, TicketOutcome::experience);
    double experienceUnskilled = mean(1.0, -1.0, 1.0, TicketOutcome::experience);

    assertThat(resolvedSkilled).isGreaterThan(resolvedUnskilled);
    assertThat(experienceSkilled).isGreaterThan(experienceUnskilled + 0.5);
  }

  @Test
  void harderCustomersCostMoreEffort() {
    double easy = mean(0.5, 0.0, 1.0, TicketOutcome::effortMinutes);
    double hard = mean(2.0, 0.0, 1.0, TicketOutcome::effortMinutes);

    assertThat(hard).isGreaterThan(easy * 2);
  }

  @Test
  void overloadedAgentsAnswerLater() {
    double normal = median(1.0, 0.0, 1.0, TicketOutcome::firstResponseMinutes);
    double overloaded = median(1.0, 0.0, 1.3, TicketOutcome::firstResponseMinutes);

    // The model says load^1.5: 30% more load means about 48% later.
    assertThat(overloaded / normal).isBetween(1.35, 1.6);
  }

  @Test
  void skilledAgentsLinkKnowledgeMoreOften() {
    double skilled = mean(1.0, 1.0, 1.0, outcome -> outcome.knowledgeLinked() ? 1 : 0);
    double unskilled = mean(1.0, -1.0, 1.0, outcome -> outcome.knowledgeLinked() ? 1 : 0);

    assertThat(skilled).isGreaterThan(unskilled * 1.5);
  }

  @Test
  void harderCustomersRaiseMoreUrgentTickets() {
    SplittableRandom rng = new SplittableRandom(5);
    int urgentEasy = 0;
    int urgentHard = 0;

    for (int draw = 0; draw < DRAWS; draw++) {
      urgentEasy += model.drawPriority(0.5, rng) == Priority.URGENT ? 1 : 0;
      urgentHard += model.drawPriority(2.0, rng) == Priority.URGENT ? 1 : 0;
    }

    assertThat(urgentHard).isGreaterThan(urgentEasy * 4);
  }

  @Test
  void outcomesHoldTogether() {
    SplittableRandom rng = new SplittableRandom(9);

    for (int draw = 0; draw < DRAWS; draw++) {
      TicketOutcome outcome = model.draw(2.0, -1.0, 1.2, Priority.HIGH, Channel.EMAIL, rng);

      if (outcome.firstContactResolution()) {
        assertThat(outcome.resolved()).isTrue();
        assertThat(outcome.agentTurns()).isEqualTo(1);
        assertThat(outcome.reopenCount()).isZero();
        assertThat(outcome.subtasks()).isZero();
      }
      if (!outcome.resolved()) {
        assertThat(outcome.reopenCount()).isZero();
      }
      if (outcome.knowledgeLinked()) {
        assertThat(outcome.knowledgeSearches()).isPositive();
      }
    }
  }

  @Test
  void withoutNoiseEffortAndResponseFollowTheFormula() {
    OutcomeModel quiet = new OutcomeModel(0.0);

    TicketOutcome outcome =
        quiet.draw(1.0, 0.0, 1.0, Priority.NORMAL, Channel.EMAIL, new SplittableRandom(1));

    assertThat(outcome.complexity()).isEqualTo(0.0);
    assertThat(outcome.effortMinutes()).isCloseTo(8.0, within(1e-9));
    assertThat(outcome.firstResponseMinutes())
        .isCloseTo(OutcomeModel.responseNormMinutes(Channel.EMAIL, Priority.NORMAL), within(1e-9));
    assertThat(outcome.responseDelay()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void rejectsDifficultyThatIsNotPositive() {
    SplittableRandom rng = new SplittableRandom(1);

    assertThatThrownBy(() -> model.draw(0.0, 0.0, 1.0, Priority.LOW, Channel.CHAT, rng))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("difficulty")
        .hasMessageContaining("was 0.0");
  }

  @Test
  void rejectsNoiseOutOfRange() {
    assertThatThrownBy(() -> new OutcomeModel(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("noise")
        .hasMessageContaining("was -1.0");
  }

  private double mean(
      double difficulty, double skill, double load, ToDoubleFunction<TicketOutcome> value) {
    return Arrays.stream(values(difficulty, skill, load, value)).average().orElseThrow();
  }

  private double median(
      double difficulty, double skill, double load, ToDoubleFunction<TicketOutcome> value) {
    double[] values = values(difficulty, skill, load, value);
    Arrays.sort(values);
    return values[values.length / 2];
  }

  /** Draws many tickets on the normal-priority chat channel, the same stream for each setting. */
  private double[] values(
      double difficulty, double skill, double load, ToDoubleFunction<TicketOutcome> value) {
    SplittableRandom rng = new SplittableRandom(11);
    double[] values = new double[DRAWS];
    for (int draw = 0; draw < DRAWS; draw++) {
      values[draw] =
          value.applyAsDouble(
              model.draw(difficulty, skill, load, Priority.NORMAL, Channel.CHAT, rng));
    }
    return values;
  }
}
