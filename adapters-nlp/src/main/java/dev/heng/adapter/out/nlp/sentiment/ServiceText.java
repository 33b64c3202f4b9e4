package dev.heng.adapter.out.nlp.sentiment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message prepared for a parser trained on movie reviews. Every change keeps the text's length
 * and character positions (removed parts become spaces), so sentence offsets found in the prepared
 * text are offsets in the original.
 *
 * @param text the prepared text, as long as the original
 * @param emoticonPolarity positive minus negative emoticons and emoji found
 * @param shoutedWords words of four or more letters written wholly in capitals
 */
record ServiceText(String text, int emoticonPolarity, int shoutedWords) {

  private static final Pattern MARKUP =
      Pattern.compile(
          "https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\w+|@\\w+"
              + "|#?\\b(?=[A-Za-z-]*\\d)[A-Za-z0-9-]{4,}\\b|\\b\\d[\\d,.:/-]*\\b");

  private static final Pattern HASHTAG = Pattern.compile("#(?=\\w)");

  private static final Pattern TEXT_EMOTICON =
      Pattern.compile("(?<!\\S)(?:[:;=8][-']?[)D\\]pP(\\[/\\\\|]|<3|[)(]:)(?!\\S)");

  private static final Pattern SHOUTED = Pattern.compile("\\b[A-Z]{4,}\\b");

  private static final Set<String> POSITIVE_TEXT =
      Set.of(
          ":)", ":-)", ":D", ":-D", ";)", ";-)", "=)", ":]", "<3", ":p", ":P", ":-p", ":-P", "8)",
          "(:");

  private static final Map<Integer, Integer> EMOJI_POLARITY = emojiPolarity();

  private static final int VARIATION_SELECTOR = 0xFE0F;

  private static final int ZERO_WIDTH_JOINER = 0x200D;

  static ServiceText prepare(String original, Set<TextHandling> handling) {
    StringBuilder text = new StringBuilder(original);
    int polarity = 0;
    int shouted = 0;
    if (handling.contains(TextHandling.EMOTICONS)) {
      Matcher emoticons = TEXT_EMOTICON.matcher(original);
      while (emoticons.find()) {
        polarity += POSITIVE_TEXT.contains(emoticons.group()) ? 1 : -1;
        blank(text, emoticons.start(), emoticons.end());
      }
      for (int i = 0; i < original.length(); ) {
        int codePoint = original.codePointAt(i);
        int width = Character.charCount(codePoint);
        Integer emoji = EMOJI_POLARITY.get(codePoint);
        if (emoji != null) {
          polarity += emoji;
          blank(text, i, i + width);
        } else if (Character.getType(codePoint) == Character.OTHER_SYMBOL
            || codePoint == VARIATION_SELECTOR
            || codePoint == ZERO_WIDTH_JOINER) {
          blank(text, i, i + width);
        }
        i += width;
      }
    }
    if (handling.contains(TextHandling.MARKUP)) {
      Matcher markup = MARKUP.matcher(text);
      while (markup.find()) {
        blank(text, markup.start(), markup.end());
      }
      Matcher hashtags = HASHTAG.matcher(text);
      while (hashtags.find()) {
        blank(text, hashtags.start(), hashtags.end());
      }
    }
    if (handling.contains(TextHandling.SHOUTING)) {
      Matcher caps = SHOUTED.matcher(text);
      while (caps.find()) {
        shouted++;
        text.replace(caps.start(), caps.end(), caps.group().toLowerCase(Locale.ROOT));
      }
    }
    return new ServiceText(text.toString(), polarity, shouted);
  }

  /** Whether the prepared text has any letter left to judge. */
  boolean hasWords() {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }

  private static Map<Integer, Integer> emojiPolarity() {
    Map<Integer, Integer> polarity = new HashMap<>();
    "😀😁😃😄😊😍😘🙂☺👍🙏🎉❤♥💕💖💙💯✨👏🤗😎🥰😻✅🌟⭐"
        .codePoints()
        .forEach(codePoint -> polarity.put(codePoint, 1));
    "😡😠😤😞😢😭😩😫👎💔🙄😒😑😣😖☹🙁😔😕😐😬🤬😾😓😰😱🤦🖕💩😷"
        .codePoints()
        .forEach(codePoint -> polarity.put(codePoint, -1));
    return Map.copyOf(polarity);
  }
}
