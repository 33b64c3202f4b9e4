package dev.heng.domain.emotion;

import java.util.List;

/** What an analyser made of one message: a score, or the reason it could not give one. */
public sealed interface SentimentResult {

  /** The analyser that produced this result. */
  Analyser analyser();

  /**
   * A scored message.
   *
   * @param score the message's score in [-1, 1], -1 most negative
   * @param sentences the sentences behind the score, in text order, at least one
   * @param truncated whether only the first part of the text was analysed because of the analyser's
   *     length limits
   * @param analyser what produced it
   */
  record Scored(
      double score, List<SentenceSentiment> sentences, boolean truncated, Analyser analyser)
      implements SentimentResult {

    public Scored {
      SentimentScale.checkScore("score", score);
      if (sentences == null || sentences.isEmpty()) {
        throw new IllegalArgumentException("sentences must not be empty, was " + sentences);
      }
      sentences = List.copyOf(sentences);
      if (analyser == null) {
        throw new IllegalArgumentException("analyser must not be null");
      }
    }
  }

  /**
   * A message the analyser could not read; it has no score, and in particular is not neutral.
   *
   * @param reason why
   * @param detail what was found, such as the script detected; never the message text
   * @param analyser what declined it
   */
  record NotAnalysed(NotAnalysedReason reason, String detail, Analyser analyser)
      implements SentimentResult {

    public NotAnalysed {
      if (reason == null || analyser == null) {
        throw new IllegalArgumentException("reason and analyser must not be null");
      }
      if (detail == null || detail.length() > 200) {
        throw new IllegalArgumentException(
            "detail must be at most 200 characters, was '" + detail + "'");
      }
    }
  }
}
