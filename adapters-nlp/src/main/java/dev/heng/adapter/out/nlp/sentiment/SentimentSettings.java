package dev.heng.adapter.out.nlp.sentiment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the CoreNLP sentiment analyser runs.
 *
 * @param threads worker threads for annotation, 1..64; each holds one sentence at a time
 * @param maxChars the longest text analysed, 100..100,000 characters; a longer text is analysed up
 *     to the last space before the limit and marked truncated; this bounds the time one message can
 *     hold a thread
 * @param handling the customer-service handling applied; empty for plain CoreNLP
 */
public record SentimentSettings(int threads, int maxChars, Set<TextHandling> handling) {

  public SentimentSettings {
    if (threads < 1 || threads > 64) {
      throw new IllegalArgumentException("threads must be 1..64, was " + threads);
    }
    if (maxChars < 100 || maxChars > 100_000) {
      throw new IllegalArgumentException("maxChars must be 100..100000, was " + maxChars);
    }
    if (handling == null) {
      throw new IllegalArgumentException("handling must not be null");
    }
    handling = handling.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(handling));
  }

  /**
   * Heng's defaults: the handling that measured better on the evaluation data (markup, emoticons,
   * complaint phrases), at most 2,000 characters. Shouting and polite closings measured no gain and
   * stay off.
   */
  public static SentimentSettings defaults(int threads) {
    return new SentimentSettings(
        threads,
        2_000,
        EnumSet.of(TextHandling.MARKUP, TextHandling.EMOTICONS, TextHandling.SERVICE_CUES));
  }

  /** The settings that change results, as {@code key=value} pairs in a fixed order. */
  String describe() {
    String handled =
        EnumSet.allOf(TextHandling.class).stream()
            .filter(handling::contains)
            .map(value -> value.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(","));
    return "handling=" + (handled.isEmpty() ? "none" : handled) + ";maxChars=" + maxChars;
  }
}
