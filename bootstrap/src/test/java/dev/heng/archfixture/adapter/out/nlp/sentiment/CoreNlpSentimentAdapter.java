package dev.heng.archfixture.adapter.out.nlp.sentiment;

import edu.stanford.nlp.archfixture.CoreNlpStandIn;

/** Compliant: CoreNLP inside the sentiment adapter. */
public final class CoreNlpSentimentAdapter {

  private final CoreNlpStandIn pipeline;

  public CoreNlpSentimentAdapter(CoreNlpStandIn pipeline) {
    this.pipeline = pipeline;
  }

  public CoreNlpStandIn pipeline() {
    return pipeline;
  }
}
