package dev.heng.adapter.out.nlp.sentiment;

import dev.heng.application.port.out.AnalyzeSentimentPort;
import dev.heng.application.port.out.SentimentUnavailableException;
import dev.heng.domain.emotion.Analyser;
import dev.heng.domain.emotion.NotAnalysedReason;
import dev.heng.domain.emotion.SentenceSentiment;
import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.emotion.SentimentScale;
import dev.heng.domain.emotion.TextScript;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ejml.simple.SimpleMatrix;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Sentiment of customer messages from Stanford CoreNLP's recursive sentiment model over the
 * shift-reduce parser, with customer-service handling around it (see {@link TextHandling}). Text
 * whose letters are mostly not Latin is recorded as not analysed, never as neutral. All CoreNLP
 * work runs on a bounded scheduler of {@link SentimentSettings#threads()} threads.
 */
public class CoreNlpSentimentAdapter implements AnalyzeSentimentPort, AutoCloseable {

  /** Score change per emoticon or emoji, net of positive minus negative, at most two counted. */
  static final double EMOTICON_STEP = 0.25;

  /** Factor applied to a negative score when words were shouted in capitals. */
  static final double SHOUTING_FACTOR = 1.3;

  /** Score change per complaint phrase, at most three counted. */
  static final double CUE_STEP = 0.2;

  private static final Pattern POLITE_SENTENCE =
      Pattern.compile(
          "(?:(?:thanks?|thank you|thx|ty|cheers|regards|please|pls|plz|so|very|much|in advance"
              + "|again|for|the|your|any|help|update|appreciate it|appreciated)[\\s!.,]*)+");

  private static final Pattern COMPLAINT_CUES =
      Pattern.compile(
          "\\b(?:delay(?:ed|s)?|cancel+(?:ed|ing|ation)?|lost|missing|stuck|still (?:no|not|waiting)"
              + "|waiting|on hold|hold for|no one|nobody|refund|worst|never again|hours?|rude"
              + "|broken|unacceptable|ridiculous|fail(?:ed|s|ure)?|can ?not|can't|won't|didn't"
              + "|doesn't|no response|not working|charged)\\b",
          Pattern.CASE_INSENSITIVE);

  private final SentimentSettings settings;
  private final Analyser analyser;
  private final Scheduler scheduler;

  public CoreNlpSentimentAdapter(SentimentSettings settings) {
    this.settings = settings;
    this.analyser =
        new Analyser(
            settings.handling().isEmpty() ? "corenlp-plain" : "heng-corenlp",
            PipelineHolder.MODEL_VERSION,
            settings.describe());
    this.scheduler =
        Schedulers.newBoundedElastic(settings.threads(), Integer.MAX_VALUE / 2, "sentiment");
  }

  @Override
  public Analyser analyser() {
    return analyser;
  }

  /**
   * Loads the model on the analyser's scheduler, if this JVM has not loaded it yet.
   *
   * @return a mono that completes when the model is ready
   */
  public Mono<Void> load() {
    return Mono.fromRunnable(PipelineHolder::pipeline).subscribeOn(scheduler).then();
  }

  /** Whether the model is loaded, so analysis starts without waiting. */
  public boolean ready() {
    return PipelineHolder.loaded();
  }

  @Override
  public Mono<SentimentResult> analyze(String text) {
    if (text == null) {
      return Mono.error(new IllegalArgumentException("text must not be null"));
    }
    return Mono.fromCallable(() -> analyzeNow(text))
        .subscribeOn(scheduler)
        .onErrorMap(
            error -> !(error instanceof IllegalArgumentException),
            error -> new SentimentUnavailableException("CoreNLP sentiment analysis failed", error));
  }

  /**
   * Plain CoreNLP on the raw text, for comparison: the class probabilities of each sentence,
   * averaged with the sentences' token counts as weights. No handling, no language check.
   *
   * @return a mono of five probabilities, very negative to very positive
   */
  public Mono<List<Double>> plainProbabilities(String text) {
    return Mono.fromCallable(
            () -> {
              List<SentenceSentiment> sentences = sentences(truncate(text), text.length());
              double[] mean = new double[SentimentScale.CLASSES];
              long tokens = 0;
              for (SentenceSentiment sentence : sentences) {
                for (int i = 0; i < mean.length; i++) {
                  mean[i] += sentence.tokens() * sentence.probabilities().get(i);
                }
                tokens += sentence.tokens();
              }
              List<Double> probabilities = new ArrayList<>(mean.length);
              for (double value : mean) {
                probabilities.add(tokens == 0 ? 0.2 : value / tokens);
              }
              return List.copyOf(probabilities);
            })
        .subscribeOn(scheduler)
        .onErrorMap(
            error -> new SentimentUnavailableException("CoreNLP sentiment analysis failed", error));
  }

  @Override
  public void close() {
    scheduler.dispose();
  }

  private SentimentResult analyzeNow(String original) {
    // Known gap: only the script is checked, so French or Spanish text goes to the English model,
    // which scores it close to neutral instead of declining it.
    // Known gap: no Chinese sentiment method, so Chinese messages stay without a score and out of
    // the emotion index.
    TextScript script = TextScript.of(original);
    if (script != TextScript.LATIN && script != TextScript.NONE) {
      return new SentimentResult.NotAnalysed(
          NotAnalysedReason.UNSUPPORTED_LANGUAGE,
          "script " + script.name().toLowerCase(Locale.ROOT) + "; the model reads English",
          analyser);
    }
    String limited = truncate(original);
    ServiceText prepared = ServiceText.prepare(limited, settings.handling());
    if (!prepared.hasWords()) {
      return notAnalysable(prepared);
    }

    List<SentenceSentiment> sentences = sentences(prepared.text(), limited.length());
    if (sentences.isEmpty()) {
      return notAnalysable(prepared);
    }
    List<SentenceSentiment> weighed = withoutPoliteClosings(prepared.text(), sentences);
    double score = SentimentScale.lengthWeighted(weighed);
    score = adjust(score, prepared);

    return new SentimentResult.Scored(
        score, weighed, limited.length() < original.length(), analyser);
  }

  private SentimentResult notAnalysable(ServiceText prepared) {
    if (prepared.emoticonPolarity() != 0) {
      double score =
          SentimentScale.clamp(EMOTICON_STEP * 2 * Math.signum(prepared.emoticonPolarity()));
      return new SentimentResult.Scored(
          score,
          List.of(
              new SentenceSentiment(
                  0, Math.max(1, prepared.text().length()), 1, onehot(score), score)),
          false,
          analyser);
    }
    return new SentimentResult.NotAnalysed(
        NotAnalysedReason.NO_WORDS, "no words left after links, mentions and numbers", analyser);
  }

  private static List<Double> onehot(double score) {
    int cls = score > 0 ? 3 : 1;
    List<Double> probabilities = new ArrayList<>(List.of(0.0, 0.0, 0.0, 0.0, 0.0));
    probabilities.set(cls, 1.0);
    return probabilities;
  }

  private double adjust(double score, ServiceText prepared) {
    double adjusted = score;
    if (settings.handling().contains(TextHandling.SERVICE_CUES)) {
      Matcher cues = COMPLAINT_CUES.matcher(prepared.text());
      int found = 0;
      while (cues.find() && found < 3) {
        found++;
      }
      adjusted -= CUE_STEP * found;
    }
    if (settings.handling().contains(TextHandling.SHOUTING)
        && prepared.shoutedWords() > 0
        && adjusted < 0) {
      adjusted *= SHOUTING_FACTOR;
    }
    if (settings.handling().contains(TextHandling.EMOTICONS)) {
      adjusted += EMOTICON_STEP * Math.max(-2, Math.min(2, prepared.emoticonPolarity()));
    }
    return SentimentScale.clamp(adjusted);
  }

  private List<SentenceSentiment> withoutPoliteClosings(
      String text, List<SentenceSentiment> sentences) {
    if (!settings.handling().contains(TextHandling.POLITE_CLOSINGS) || sentences.size() < 2) {
      return sentences;
    }
    List<SentenceSentiment> kept = new ArrayList<>(sentences.size());
    for (SentenceSentiment sentence : sentences) {
      String words =
          text.substring(sentence.begin(), sentence.end()).strip().toLowerCase(Locale.ROOT);
      if (!POLITE_SENTENCE.matcher(words).matches()) {
        kept.add(sentence);
      }
    }
    return kept.isEmpty() ? sentences : kept;
  }

  private String truncate(String text) {
    if (text.length() <= settings.maxChars()) {
      return text;
    }
    int cut = text.lastIndexOf(' ', settings.maxChars());
    return text.substring(0, cut > settings.maxChars() / 2 ? cut : settings.maxChars());
  }

  private static List<SentenceSentiment> sentences(String text, int length) {
    Annotation document = new Annotation(text);
    PipelineHolder.pipeline().annotate(document);
    List<CoreMap> found = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<SentenceSentiment> sentences = new ArrayList<>(found.size());
    for (CoreMap sentence : found) {
      Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
      SimpleMatrix predictions = tree == null ? null : RNNCoreAnnotations.getPredictions(tree);
      int tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      if (predictions == null || tokens == 0) {
        continue;
      }
      List<Double> probabilities = new ArrayList<>(SentimentScale.CLASSES);
      double sum = 0;
      for (int i = 0; i < SentimentScale.CLASSES; i++) {
        double p = Math.max(0, predictions.get(i));
        probabilities.add(p);
        sum += p;
      }
      for (int i = 0; i < SentimentScale.CLASSES; i++) {
        probabilities.set(i, probabilities.get(i) / sum);
      }
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = Math.min(length, sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      sentences.add(
          new SentenceSentiment(
              begin,
              Math.max(begin + 1, end),
              tokens,
              probabilities,
              SentimentScale.expectedScore(probabilities)));
    }
    return sentences;
  }
}
