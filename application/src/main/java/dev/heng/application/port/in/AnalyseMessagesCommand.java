package dev.heng.application.port.in;

/**
 * Asks for one round of message analysis: claim due jobs, analyse them, store the results.
 *
 * @param limit the most jobs to claim in this round, 1..1,000
 */
public record AnalyseMessagesCommand(int limit) {

  public AnalyseMessagesCommand {
    if (limit < 1 || limit > 1_000) {
      throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
    }
  }
}
