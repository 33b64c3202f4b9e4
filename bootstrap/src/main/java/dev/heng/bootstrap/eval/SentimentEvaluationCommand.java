package dev.heng.bootstrap.eval;

import dev.heng.adapter.out.nlp.sentiment.CoreNlpSentimentAdapter;
import dev.heng.adapter.out.nlp.sentiment.SentimentSettings;
import dev.heng.adapter.out.nlp.sentiment.TextHandling;
import dev.heng.bootstrap.cli.Console;
import dev.heng.bootstrap.cli.OneShotCommand;
import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.evaluation.ClassificationReport;
import dev.heng.domain.evaluation.LabelScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code eval sentiment FILE}: reads a labelled file and scores every text twice in the same run,
 * with Heng's analyser (customer-service handling, score cut points of {@link LabelScheme}) and
 * with plain CoreNLP (sentence probabilities averaged by length, argmax, no handling), then prints
 * accuracy, macro-F1, recall per class and the confusion matrix of each.
 *
 * <p>Files: a TSV of {@code label<TAB>text} with labels 0..1 (binary) or 0..4 (five classes), a
 * header line optional; or a CSV with a header naming {@code label} and {@code text} columns and
 * labels negative / neutral / positive. A text Heng records as not analysed counts as a score of 0.
 */
@Component
class SentimentEvaluationCommand implements OneShotCommand {

  private static final Logger log = LoggerFactory.getLogger(SentimentEvaluationCommand.class);

  private static final List<String> THREE_LABELS = List.of("negative", "neutral", "positive");

  private final CoreNlpSentimentAdapter heng;

  SentimentEvaluationCommand(CoreNlpSentimentAdapter heng) {
    this.heng = heng;
  }

  @Override
  public String name() {
    return "eval sentiment";
  }

  @Override
  public String usage() {
    return "eval sentiment FILE   (TSV label<TAB>text with 2 or 5 classes, or airline CSV)";
  }

  @Override
  public int run(ApplicationArguments arguments) throws IOException {
    List<String> words = arguments.getNonOptionArgs();
    if (words.size() != 3) {
      Console.line("usage: heng " + usage());
      return 2;
    }
    Path file = Path.of(words.get(2));
    if (!Files.isReadable(file)) {
      Console.line("error: cannot read " + file);
      return 2;
    }
    LabelledSet data;
    try {
      data = LabelledSet.read(file);
    } catch (IllegalArgumentException e) {
      Console.line("error: " + e.getMessage());
      return 2;
    }

    int threads = Runtime.getRuntime().availableProcessors();
    long started = System.nanoTime();
    List<int[]> predictions;
    try (CoreNlpSentimentAdapter plain =
        new CoreNlpSentimentAdapter(
            new SentimentSettings(threads, 100_000, EnumSet.noneOf(TextHandling.class)))) {
      LabelScheme scheme = data.scheme();
      // One command on the main thread, not an event loop: waiting here is the point.
      predictions =
          Flux.fromIterable(data.texts())
              .flatMapSequential(
                  text ->
                      Mono.zip(
                          heng.analyze(text).map(result -> hengLabel(scheme, result)),
                          plain.plainProbabilities(text).map(scheme::ofProbabilities),
                          (h, p) -> new int[] {h[0], p, h[1]}),
                  threads * 4)
              .collectList()
              .toFuture()
              .orTimeout(2, TimeUnit.HOURS)
              .join();
    }
    log.info(
        "Analysed {} texts both ways in {} s",
        data.texts().size(),
        (System.nanoTime() - started) / 1_000_000_000);

    int n = predictions.size();
    int[] hengPredicted = new int[n];
    int[] plainPredicted = new int[n];
    int notAnalysed = 0;
    for (int i = 0; i < n; i++) {
      hengPredicted[i] = predictions.get(i)[0];
      plainPredicted[i] = predictions.get(i)[1];
      notAnalysed += predictions.get(i)[2];
    }
    ClassificationReport hengReport =
        ClassificationReport.of(data.scheme(), data.gold(), hengPredicted);
    ClassificationReport plainReport =
        ClassificationReport.of(data.scheme(), data.gold(), plainPredicted);

    Console.figure("file", file.getFileName());
    Console.figure("items", n);
    Console.figure("classes", String.join(",", data.scheme().names()));
    Console.figure("heng.analyser", heng.analyser().name() + " " + heng.analyser().settings());
    Console.figure("heng.not_analysed", notAnalysed);
    print("heng", hengReport);
    print("plain", plainReport);
    Console.figure("heng.accuracy", format(hengReport.accuracy()));
    Console.figure("heng.macro_f1", format(hengReport.macroF1()));
    Console.figure("plain.accuracy", format(plainReport.accuracy()));
    Console.figure("plain.macro_f1", format(plainReport.macroF1()));
    return 0;
  }

  /** Heng's class for a result, and 1 when it was not analysed (counted as a score of 0). */
  private static int[] hengLabel(LabelScheme scheme, SentimentResult result) {
    return switch (result) {
      case SentimentResult.Scored scored -> new int[] {scheme.ofScore(scored.score()), 0};
      case SentimentResult.NotAnalysed declined -> new int[] {scheme.ofScore(0), 1};
    };
  }

  private static void print(String method, ClassificationReport report) {
    List<String> names = report.scheme().names();
    for (int c = 0; c < names.size(); c++) {
      Console.figure(method + ".recall." + key(names.get(c)), format(report.recall().get(c)));
    }
    long[][] confusion = report.confusion();
    for (int c = 0; c < names.size(); c++) {
      List<String> row = new ArrayList<>();
      for (long count : confusion[c]) {
        row.add(Long.toString(count));
      }
      Console.figure(method + ".confusion." + key(names.get(c)), String.join(" ", row));
    }
  }

  private static String key(String name) {
    return name.replace(' ', '_');
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** Texts with gold labels, and the scheme their labels belong to. */
  record LabelledSet(LabelScheme scheme, List<String> texts, int[] gold) {

    static LabelledSet read(Path file) throws IOException {
      String content = Files.readString(file);
      return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
          ? csv(content)
          : tsv(content);
    }

    static LabelledSet tsv(String content) {
      List<String> texts = new ArrayList<>();
      List<Integer> labels = new ArrayList<>();
      int lineNumber = 0;
      for (String line : content.split("\r?\n")) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", 2);
        if (fields.length != 2) {
          throw new IllegalArgumentException("line " + lineNumber + " has no tab");
        }
        if (lineNumber == 1 && !fields[0].strip().matches("\\d")) {
          continue;
        }
        if (!fields[0].strip().matches("[0-4]")) {
          throw new IllegalArgumentException(
              "line " + lineNumber + ": label must be 0..4, was '" + fields[0] + "'");
        }
        labels.add(Integer.parseInt(fields[0].strip()));
        texts.add(fields[1]);
      }
      if (texts.isEmpty()) {
        throw new IllegalArgumentException("the file holds no labelled lines");
      }
      int highest = labels.stream().mapToInt(Integer::intValue).max().orElseThrow();
      LabelScheme scheme = highest <= 1 ? LabelScheme.BINARY : LabelScheme.FIVE;
      return new LabelledSet(scheme, texts, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    static LabelledSet csv(String content) {
      List<List<String>> rows = CsvRows.parse(content);
      if (rows.isEmpty()) {
        throw new IllegalArgumentException("the file holds no header");
      }
      List<String> header = rows.getFirst();
      int labelColumn = header.indexOf("label");
      int textColumn = header.indexOf("text");
      if (labelColumn < 0 || textColumn < 0) {
        throw new IllegalArgumentException(
            "the CSV header must name label and text columns, was " + header);
      }
      List<String> texts = new ArrayList<>();
      List<Integer> labels = new ArrayList<>();
      for (int r = 1; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        if (row.size() <= Math.max(labelColumn, textColumn)) {
          continue;
        }
        int label = THREE_LABELS.indexOf(row.get(labelColumn).strip().toLowerCase(Locale.ROOT));
        if (label < 0) {
          throw new IllegalArgumentException(
              "row "
                  + r
                  + ": label must be negative, neutral or positive, was '"
                  + row.get(labelColumn)
                  + "'");
        }
        labels.add(label);
        texts.add(row.get(textColumn));
      }
      return new LabelledSet(
          LabelScheme.THREE, texts, labels.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
