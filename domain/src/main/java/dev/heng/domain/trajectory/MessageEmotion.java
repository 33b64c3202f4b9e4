package dev.heng.domain.trajectory;

import dev.heng.domain.emotion.SentimentResult;
import java.util.Locale;

/**
 * The emotion of one message on a trajectory.
 *
 * @param state {@code scored}, {@code not_analysed} or {@code pending} (queued, not analysed yet)
 * @param score the score in [-1, 1] when scored, else null
 * @param reason why it was not analysed, else null
 * @param analyser the analyser's name, or null while pending
 */
public record MessageEmotion(String state, Double score, String reason, String analyser) {

  /** A message whose analysis has not finished. */
  public static final MessageEmotion PENDING = new MessageEmotion("pending", null, null, null);

  public MessageEmotion {
    if (state == null || !state.matches("scored|not_analysed|pending")) {
      throw new IllegalArgumentException(
          "state must be scored, not_analysed or pending, was " + state);
    }
    if (state.equals("scored") != (score != null)) {
      throw new IllegalArgumentException("score must be set exactly when scored, was " + score);
    }
  }

  /** The emotion a stored result gives, or {@link #PENDING} for none. */
  public static MessageEmotion of(SentimentResult result) {
    return switch (result) {
      case null -> PENDING;
      case SentimentResult.Scored scored ->
          new MessageEmotion("scored", scored.score(), null, scored.analyser().name());
      case SentimentResult.NotAnalysed declined ->
          new MessageEmotion(
              "not_analysed",
              null,
              declined.reason().name().toLowerCase(Locale.ROOT),
              declined.analyser().name());
    };
  }
}
