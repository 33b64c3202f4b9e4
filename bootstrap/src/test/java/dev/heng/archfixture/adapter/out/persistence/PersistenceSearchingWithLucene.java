package dev.heng.archfixture.adapter.out.persistence;

import org.apache.lucene.archfixture.LuceneStandIn;

/** Breaks "Lucene stays in the knowledge adapter". */
public final class PersistenceSearchingWithLucene {

  private final LuceneStandIn index;

  public PersistenceSearchingWithLucene(LuceneStandIn index) {
    this.index = index;
  }

  public LuceneStandIn index() {
    return index;
  }
}
