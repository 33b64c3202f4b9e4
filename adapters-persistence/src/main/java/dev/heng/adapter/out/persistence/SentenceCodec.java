package dev.heng.adapter.out.persistence;

import dev.heng.domain.emotion.SentenceSentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentence sentiments as compact text in one column: one sentence per {@code ;}, each {@code
 * begin,end,tokens,p0,p1,p2,p3,p4,score} with probabilities and score to four decimals.
 */
final class SentenceCodec {

  private SentenceCodec() {}

  static String encode(List<SentenceSentiment> sentences) {
    StringBuilder text = new StringBuilder();
    for (SentenceSentiment sentence : sentences) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(sentence.begin()).append(',').append(sentence.end()).append(',');
      text.append(sentence.tokens());
      for (double p : sentence.probabilities()) {
        text.append(',').append(String.format(Locale.ROOT, "%.4f", p));
      }
      text.append(',').append(String.format(Locale.ROOT, "%.4f", sentence.score()));
    }
    return text.toString();
  }

  static List<SentenceSentiment> decode(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<SentenceSentiment> sentences = new ArrayList<>();
    for (String part : text.split(";")) {
      String[] fields = part.split(",");
      if (fields.length != 9) {
        throw new IllegalArgumentException(
            "a stored sentence must have 9 fields, was '" + part + "'");
      }
      List<Double> probabilities = new ArrayList<>(5);
      double sum = 0;
      for (int i = 3; i < 8; i++) {
        double p = Double.parseDouble(fields[i]);
        probabilities.add(p);
        sum += p;
      }
      for (int i = 0; i < 5; i++) {
        probabilities.set(i, probabilities.get(i) / sum);
      }
      sentences.add(
          new SentenceSentiment(
              Integer.parseInt(fields[0]),
              Integer.parseInt(fields[1]),
              Integer.parseInt(fields[2]),
              probabilities,
              Math.max(-1, Math.min(1, Double.parseDouble(fields[8])))));
    }
    return sentences;
  }
}
