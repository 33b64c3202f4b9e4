package dev.heng.domain.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationEmotionTest {

  @Test
  void measuresVolatilityLowestPointAndRecovery() {
    ConversationEmotion emotion = ConversationEmotion.of(List.of(-0.6, -0.8, 0.0, 0.4));

    assertThat(emotion.messages()).isEqualTo(4);
    assertThat(emotion.volatility()).isCloseTo((0.2 + 0.8 + 0.4) / 3, within(1e-9));
    assertThat(emotion.lowest()).isEqualTo(-0.8);
    assertThat(emotion.recovery()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void combinesTheMeasuresIntoTheDocumentedIndex() {
    ConversationEmotion emotion = ConversationEmotion.of(List.of(-0.6, -0.8, 0.0, 0.4));

    double expected =
        100 * (0.5 * (1.0 + 2) / 4 + 0.3 * (-0.8 + 1) / 2 + 0.2 * (1 - (1.4 / 3) / 2));
    assertThat(emotion.index()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void ratesARecoveredConversationAboveOneThatSoured() {
    ConversationEmotion recovered = ConversationEmotion.of(List.of(-0.7, -0.2, 0.5));
    ConversationEmotion soured = ConversationEmotion.of(List.of(0.5, -0.2, -0.7));

    assertThat(recovered.index()).isGreaterThan(soured.index());
    assertThat(recovered.volatility()).isEqualTo(soured.volatility());
  }

  @Test
  void reachesTheEndsOfTheIndex() {
    assertThat(ConversationEmotion.of(List.of(1.0, -1.0)).index()).isCloseTo(0, within(1e-9));
    assertThat(ConversationEmotion.of(List.of(-1.0, 1.0)).index())
        .isCloseTo(100 * (0.5 + 0.0 + 0.0), within(1e-9));
    assertThat(ConversationEmotion.of(List.of(1.0)).index()).isCloseTo(75, within(1e-9));
  }

  @Test
  void treatsASingleMessageAsSteadyAndUnchanged() {
    ConversationEmotion emotion = ConversationEmotion.of(List.of(-0.3));

    assertThat(emotion.volatility()).isZero();
    assertThat(emotion.recovery()).isZero();
    assertThat(emotion.lowest()).isEqualTo(-0.3);
  }

  @Test
  void rejectsNoScoresAndScoresOutOfRange() {
    assertThatThrownBy(() -> ConversationEmotion.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scores");
    assertThatThrownBy(() -> ConversationEmotion.of(List.of(0.2, 1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scores[1]")
        .hasMessageContaining("1.5");
  }

  @Test
  void averagesAnAgentsRecoveryOverItsTickets() {
    AgentRecovery recovery =
        AgentRecovery.of(
            "agent-7",
            List.of(
                ConversationEmotion.of(List.of(-0.5, 0.5)),
                ConversationEmotion.of(List.of(0.0, -0.2))));

    assertThat(recovery.tickets()).isEqualTo(2);
    assertThat(recovery.meanRecovery()).isCloseTo(0.4, within(1e-9));
    assertThat(AgentRecovery.of("agent-8", List.of()).meanRecovery()).isNull();
  }
}
