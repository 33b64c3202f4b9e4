package dev.heng.adapter.out.nlp.knowledge;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The two languages the index understands, and how a field value is assigned to one: a value whose
 * letters are at least {@value #HAN_SHARE_FOR_CHINESE} Han characters is Chinese and goes to the
 * field's {@code _zh} variant (smartcn word segmentation); any other value is English and goes to
 * its {@code _en} variant (standard tokenizer, stop words, Porter stemming).
 */
enum Languages {
  ENGLISH("_en"),
  CHINESE("_zh");

  /** Share of Han characters among the letters above which a value is taken for Chinese. */
  static final double HAN_SHARE_FOR_CHINESE = 0.2;

  private final String suffix;

  Languages(String suffix) {
    this.suffix = suffix;
  }

  /** The variant of a text field that holds values of this language. */
  String field(String base) {
    return base + suffix;
  }

  /** The language of a value, by its script. */
  static Languages of(String value) {
    int letters = 0;
    int han = 0;
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      if (Character.isLetter(codePoint)) {
        letters++;
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
          han++;
        }
      }
      i += Character.charCount(codePoint);
    }
    return letters > 0 && han >= HAN_SHARE_FOR_CHINESE * letters ? CHINESE : ENGLISH;
  }

  /**
   * The languages whose script a text contains: English when it has a letter that is not Han (or no
   * letter at all), Chinese when it has a Han character.
   */
  static Set<Languages> present(String text) {
    boolean han = false;
    boolean other = false;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (Character.isLetter(codePoint)) {
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
          han = true;
        } else {
          other = true;
        }
      }
      i += Character.charCount(codePoint);
    }
    Set<Languages> present = EnumSet.noneOf(Languages.class);
    if (other || !han) {
      present.add(ENGLISH);
    }
    if (han) {
      present.add(CHINESE);
    }
    return present;
  }

  /**
   * The analyzer of the whole index: English for {@code _en} fields, smartcn for {@code _zh}
   * fields, the value as one token for every other field.
   */
  static Analyzer analyzer(Iterable<String> textFields) {
    Analyzer english = new EnglishAnalyzer();
    Analyzer chinese = new SmartChineseAnalyzer();
    Map<String, Analyzer> perField = new HashMap<>();
    for (String base : textFields) {
      perField.put(ENGLISH.field(base), english);
      perField.put(CHINESE.field(base), chinese);
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }
}
