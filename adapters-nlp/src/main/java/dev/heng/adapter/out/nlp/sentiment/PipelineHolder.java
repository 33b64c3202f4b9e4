package dev.heng.adapter.out.nlp.sentiment;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CoreNLP sentiment pipeline of the JVM. The shift-reduce model holds about 700 MB, so
 * every analyser (the service's, an evaluation's plain column, a test's) shares it; {@code
 * annotate} may be called from several threads at once.
 */
final class PipelineHolder {

  private static final Logger log = LoggerFactory.getLogger(PipelineHolder.class);

  static final String MODEL_VERSION = "corenlp-4.5.10;parser=englishSR;sentiment=sentiment.ser.gz";

  private static volatile StanfordCoreNLP pipeline;

  private PipelineHolder() {}

  /** The pipeline, loaded on the first call (blocking, several seconds); later calls return it. */
  static StanfordCoreNLP pipeline() {
    StanfordCoreNLP loaded = pipeline;
    if (loaded != null) {
      return loaded;
    }
    synchronized (PipelineHolder.class) {
      if (pipeline == null) {
        long started = System.nanoTime();
        pipeline = new StanfordCoreNLP(properties());
        log.info(
            "Loaded the CoreNLP sentiment pipeline in {} ms",
            (System.nanoTime() - started) / 1_000_000);
      }
      return pipeline;
    }
  }

  /** Whether the pipeline has been loaded. */
  static boolean loaded() {
    return pipeline != null;
  }

  private static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,pos,parse,sentiment");
    properties.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
    properties.setProperty("parse.binaryTrees", "true");
    properties.setProperty("tokenize.language", "en");
    properties.setProperty("tokenize.options", "untokenizable=noneDelete");
    return properties;
  }
}
