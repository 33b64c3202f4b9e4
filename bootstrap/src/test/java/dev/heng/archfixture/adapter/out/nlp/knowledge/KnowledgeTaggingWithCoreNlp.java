package dev.heng.archfixture.adapter.out.nlp.knowledge;

import edu.stanford.nlp.archfixture.CoreNlpStandIn;

/** Breaks "CoreNLP stays in the sentiment adapter". */
public final class KnowledgeTaggingWithCoreNlp {

  private final CoreNlpStandIn tagger;

  public KnowledgeTaggingWithCoreNlp(CoreNlpStandIn tagger) {
    this.tagger = tagger;
  }

  public CoreNlpStandIn tagger() {
    return tagger;
  }
}
