package dev.heng.adapter.out.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.domain.emotion.NotAnalysedReason;
import dev.heng.domain.emotion.SentimentResult;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.test.StepVerifier;

/**
 * The adapter on the real CoreNLP models. The pipeline loads once for the JVM; each test annotates
 * only a few short sentences.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreNlpSentimentAdapterTest {

  private CoreNlpSentimentAdapter heng;
  private CoreNlpSentimentAdapter plain;

  @BeforeAll
  void loadOnce() {
    heng = new CoreNlpSentimentAdapter(SentimentSettings.defaults(2));
    plain =
        new CoreNlpSentimentAdapter(
            new SentimentSettings(2, 2_000, EnumSet.noneOf(TextHandling.class)));
    StepVerifier.create(heng.load()).verifyComplete();
  }

  @AfterAll
  void close() {
    heng.close();
    plain.close();
  }

  @Test
  void isReadyOnceLoaded() {
    assertThat(heng.ready()).isTrue();
    assertThat(plain.ready()).isTrue();
  }

  @Test
  void scoresAComplaintBelowAThankYou() {
    SentimentResult complaint =
        heng.analyze("My flight was cancelled and nobody helps. Terrible.").block();
    SentimentResult praise = heng.analyze("Thank you so much, the agent was wonderful!").block();

    assertThat(score(complaint)).isLessThan(-0.2);
    assertThat(score(praise)).isGreaterThan(0.2);
  }

  @Test
  void givesEverySentenceFiveProbabilitiesAndItsOffsets() {
    String text = "The refund arrived. Great service!";

    SentimentResult.Scored result = (SentimentResult.Scored) heng.analyze(text).block();

    assertThat(result.sentences()).hasSize(2);
    assertThat(result.sentences())
        .allSatisfy(sentence -> assertThat(sentence.probabilities()).hasSize(5));
    assertThat(text.substring(result.sentences().get(1).begin(), result.sentences().get(1).end()))
        .isEqualTo("Great service!");
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void recordsChineseAsNotAnalysedWithTheReason() {
    SentimentResult result = heng.analyze("快递三天了还没到，太差了！").block();

    assertThat(result).isInstanceOf(SentimentResult.NotAnalysed.class);
    SentimentResult.NotAnalysed declined = (SentimentResult.NotAnalysed) result;
    assertThat(declined.reason()).isEqualTo(NotAnalysedReason.UNSUPPORTED_LANGUAGE);
    assertThat(declined.detail()).contains("han");
  }

  @Test
  void recordsAMessageOfOnlyLinksAndNumbersAsNotAnalysed() {
    SentimentResult result = heng.analyze("@support https://example.com/t/1 #A12345").block();

    assertThat(result).isInstanceOf(SentimentResult.NotAnalysed.class);
    assertThat(((SentimentResult.NotAnalysed) result).reason())
        .isEqualTo(NotAnalysedReason.NO_WORDS);
  }

  @Test
  void movesTheScoreWithEmoji() {
    double without = score(heng.analyze("The parcel came today").block());
    double happy = score(heng.analyze("The parcel came today 😊👍").block());
    double angry = score(heng.analyze("The parcel came today 😡").block());

    assertThat(happy).isGreaterThan(without);
    assertThat(angry).isLessThan(without);
  }

  @Test
  void readsComplaintPhrasesThatMovieReviewsLack() {
    String text = "Flight delayed again, still waiting for my refund";

    double handled = score(heng.analyze(text).block());
    double unhandled = score(plain.analyze(text).block());

    assertThat(handled).isLessThan(unhandled);
  }

  @Test
  void truncatesAHugeMessage() {
    String text = "The agent answered my question. ".repeat(100);

    SentimentResult.Scored result = (SentimentResult.Scored) heng.analyze(text).block();

    assertThat(result.truncated()).isTrue();
    assertThat(result.sentences().getLast().end()).isLessThanOrEqualTo(2_000);
  }

  @Test
  void recordsTheAnalyserAndItsSettings() {
    SentimentResult result = heng.analyze("Fine.").block();

    assertThat(result.analyser().name()).isEqualTo("heng-corenlp");
    assertThat(result.analyser().modelVersion()).contains("4.5.10").contains("englishSR");
    assertThat(result.analyser().settings())
        .isEqualTo("handling=markup,emoticons,service_cues;maxChars=2000");
    assertThat(plain.analyser().key()).isNotEqualTo(heng.analyser().key());
  }

  @Test
  void givesPlainProbabilitiesWithoutHandling() {
    List<Double> probabilities = plain.plainProbabilities("What a lovely, helpful answer.").block();

    assertThat(probabilities).hasSize(5);
    assertThat(probabilities.stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(probabilities.get(3) + probabilities.get(4))
        .isGreaterThan(probabilities.get(0) + probabilities.get(1));
  }

  private static double score(SentimentResult result) {
    assertThat(result).isInstanceOf(SentimentResult.Scored.class);
    return ((SentimentResult.Scored) result).score();
  }
}
