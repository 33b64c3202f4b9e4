package dev.heng.application.port.in;

/**
 * What one round of message analysis did.
 *
 * @param claimed jobs claimed
 * @param stored results stored (scored or not analysed with a reason)
 * @param retried jobs that failed and will be tried again later
 * @param dead jobs that failed their last allowed attempt
 */
public record AnalysisRound(int claimed, int stored, int retried, int dead) {

  public AnalysisRound {
    if (claimed < 0 || stored < 0 || retried < 0 || dead < 0 || stored + retried + dead > claimed) {
      throw new IllegalArgumentException(
          "counts must not be negative and outcomes not exceed claims, were "
              + claimed
              + ", "
              + stored
              + ", "
              + retried
              + ", "
              + dead);
    }
  }
}
