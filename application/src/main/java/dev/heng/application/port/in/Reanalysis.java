package dev.heng.application.port.in;

/** What became of a request to analyse history again. */
public sealed interface Reanalysis {

  /**
   * Jobs were queued for every message without a result of the current analyser.
   *
   * @param jobs the number queued, 0 when history is up to date
   * @param analyserKey the key of the analyser the messages will be analysed with
   */
  record Queued(long jobs, String analyserKey) implements Reanalysis {}

  /** The caller's role may not ask for it. */
  record Forbidden(String reason) implements Reanalysis {}
}
