package dev.heng.archfixture.adapter.out.nlp.knowledge;

import org.apache.lucene.archfixture.LuceneStandIn;

/** Compliant: Lucene inside the knowledge adapter. */
public final class LuceneKnowledgeAdapter {

  private final LuceneStandIn index;

  public LuceneKnowledgeAdapter(LuceneStandIn index) {
    this.index = index;
  }

  public LuceneStandIn index() {
    return index;
  }
}
