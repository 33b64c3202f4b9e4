package dev.heng.domain.emotion;

/** Why a message has no sentiment score. */
public enum NotAnalysedReason {
  /** The text is in a language or script the model cannot read, such as Chinese for English. */
  UNSUPPORTED_LANGUAGE,
  /** The text holds no words to judge: only whitespace, punctuation, links or numbers. */
  NO_WORDS
}
