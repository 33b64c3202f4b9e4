package dev.heng.domain.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentScaleTest {

  @Test
  void rescalesTheExpectedClassToMinusOneToOne() {
    assertThat(SentimentScale.expectedScore(List.of(1.0, 0.0, 0.0, 0.0, 0.0))).isEqualTo(-1);
    assertThat(SentimentScale.expectedScore(List.of(0.0, 0.0, 1.0, 0.0, 0.0))).isZero();
    assertThat(SentimentScale.expectedScore(List.of(0.0, 0.0, 0.0, 0.5, 0.5)))
        .isCloseTo(0.75, within(1e-9));
  }

  @Test
  void weighsSentencesByTheirTokens() {
    SentenceSentiment longNegative =
        new SentenceSentiment(0, 40, 9, List.of(0.0, 1.0, 0.0, 0.0, 0.0), -0.5);
    SentenceSentiment shortPositive =
        new SentenceSentiment(41, 48, 1, List.of(0.0, 0.0, 0.0, 0.0, 1.0), 1.0);

    assertThat(SentimentScale.lengthWeighted(List.of(longNegative, shortPositive)))
        .isCloseTo((9 * -0.5 + 1 * 1.0) / 10, within(1e-9));
  }

  @Test
  void rejectsProbabilitiesThatAreNotADistribution() {
    assertThatThrownBy(() -> SentimentScale.expectedScore(List.of(0.5, 0.5, 0.5, 0.0, 0.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 1");
    assertThatThrownBy(() -> SentimentScale.expectedScore(List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 values");
  }

  @Test
  void keysAnalysersByNameModelAndSettings() {
    Analyser a = new Analyser("heng-corenlp", "4.5.10", "handling=markup");
    Analyser same = new Analyser("heng-corenlp", "4.5.10", "handling=markup");
    Analyser other = new Analyser("heng-corenlp", "4.5.10", "handling=none");

    assertThat(a.key()).isEqualTo(same.key()).hasSize(32);
    assertThat(a.key()).isNotEqualTo(other.key());
  }
}
