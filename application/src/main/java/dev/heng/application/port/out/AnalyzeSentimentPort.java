package dev.heng.application.port.out;

import dev.heng.domain.emotion.Analyser;
import dev.heng.domain.emotion.SentimentResult;
import reactor.core.publisher.Mono;

/** Judges the sentiment of one message's text. */
public interface AnalyzeSentimentPort {

  /** The analyser, model version and settings every result of this port carries. */
  Analyser analyser();

  /**
   * Analyses a message. The work runs off the caller's thread; the first call may wait for the
   * model to load.
   *
   * @param text the message text, not null
   * @return a mono of the result: scored, or not analysed with the reason (a language the model
   *     cannot read is never scored as neutral); signals {@link SentimentUnavailableException} when
   *     the analyser failed, so the message may be tried again
   */
  Mono<SentimentResult> analyze(String text);
}
