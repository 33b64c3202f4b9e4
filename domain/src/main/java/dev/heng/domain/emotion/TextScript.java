package dev.heng.domain.emotion;

/**
 * The writing system most of a text's letters belong to. An English sentiment model can only read
 * {@link #LATIN}; the others are recorded as not analysed rather than guessed at.
 */
public enum TextScript {
  /** Latin letters: English and the other languages written with them. */
  LATIN,
  /** Chinese characters (with or without Japanese kana). */
  HAN,
  /** Japanese kana without a Han majority. */
  KANA,
  /** Korean hangul. */
  HANGUL,
  /** Cyrillic letters. */
  CYRILLIC,
  /** Arabic letters. */
  ARABIC,
  /** Any other script. */
  OTHER,
  /** No letters at all. */
  NONE;

  /**
   * Finds the script of most letters in {@code text}. Han counts together with kana as Chinese
   * unless kana outnumber Han; digits, punctuation and emoji are not letters.
   *
   * @param text any text; null is refused
   * @return the script with the most letters, or {@link #NONE} when there are none
   */
  public static TextScript of(CharSequence text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    int[] counts = new int[values().length];
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(codePoint -> counts[scriptOf(codePoint).ordinal()]++);
    if (counts[HAN.ordinal()] > 0 && counts[HAN.ordinal()] >= counts[KANA.ordinal()]) {
      counts[HAN.ordinal()] += counts[KANA.ordinal()];
      counts[KANA.ordinal()] = 0;
    }
    TextScript best = NONE;
    int most = 0;
    for (TextScript script : values()) {
      if (counts[script.ordinal()] > most) {
        best = script;
        most = counts[script.ordinal()];
      }
    }
    return best;
  }

  private static TextScript scriptOf(int codePoint) {
    return switch (Character.UnicodeScript.of(codePoint)) {
      case LATIN -> LATIN;
      case HAN -> HAN;
      case HIRAGANA, KATAKANA -> KANA;
      case HANGUL -> HANGUL;
      case CYRILLIC -> CYRILLIC;
      case ARABIC -> ARABIC;
      default -> OTHER;
    };
  }
}
