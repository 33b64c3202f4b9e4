package dev.heng.archfixture.adapter.out.nlp.sentiment;

/** Breaks "no standard streams": it prints instead of logging. */
public final class SentimentPrintingToConsole {

  public void report(double score) {
    System.out.println("sentiment " + score);
  }
}
