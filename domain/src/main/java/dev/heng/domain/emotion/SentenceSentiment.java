package dev.heng.domain.emotion;

import java.util.List;

/**
 * The sentiment of one sentence of a message.
 *
 * @param begin offset of the sentence's first character in the analysed text, from 0
 * @param end offset just past its last character, greater than {@code begin}
 * @param tokens the number of tokens the sentence has, at least 1; the weight of the sentence in
 *     the message's score
 * @param probabilities the five class probabilities, very negative to very positive, each in [0, 1]
 *     and summing to 1 within 0.01
 * @param score the sentence's score in [-1, 1]: the expected class rescaled, unless the analyser
 *     adjusted it (see {@link SentimentScale#expectedScore})
 */
public record SentenceSentiment(
    int begin, int end, int tokens, List<Double> probabilities, double score) {

  public SentenceSentiment {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException(
          "begin and end must satisfy 0 <= begin < end, were " + begin + " and " + end);
    }
    if (tokens < 1) {
      throw new IllegalArgumentException("tokens must be at least 1, was " + tokens);
    }
    probabilities = SentimentScale.checkedProbabilities(probabilities);
    SentimentScale.checkScore("score", score);
  }
}
