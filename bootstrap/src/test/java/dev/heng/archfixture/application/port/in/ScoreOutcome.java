package dev.heng.archfixture.application.port.in;

/** Complies: a sealed outcome value declares no reactive method, so it is no port to name. */
public sealed interface ScoreOutcome {

  /** The ticket was scored. */
  record Scored(double score) implements ScoreOutcome {}

  /** The ticket could not be scored. */
  record Unscorable(String reason) implements ScoreOutcome {}
}
