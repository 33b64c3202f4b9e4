package dev.heng.adapter.out.nlp.sentiment;

/**
 * One piece of customer-service handling applied around the movie-review model. Each can be turned
 * off, so its effect can be measured against the evaluation data.
 */
public enum TextHandling {
  /** Blanks out @mentions, links, e-mail addresses and order or ticket numbers before parsing. */
  MARKUP,
  /**
   * Reads emoticons and emoji, blanks them for the parser and moves the score by their polarity.
   */
  EMOTICONS,
  /** Lower-cases words shouted in capitals for the parser and sharpens a negative score. */
  SHOUTING,
  /** Gives no weight to a closing "thanks" or "please help" when the message says anything else. */
  POLITE_CLOSINGS,
  /**
   * Moves the score down for complaint phrases that movie reviews do not have (delays, refunds).
   */
  SERVICE_CUES
}
