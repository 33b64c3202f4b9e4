package dev.heng.domain.scoring;

import java.util.Locale;

/** The three parts of a scorecard; by default basic 30%, quality 50%, development 20%. */
public enum ScorecardDimension {
  /** How much work was carried and how fast it was answered. */
  BASIC,
  /** How well the work was done, against what the agent's case mix predicted. */
  QUALITY,
  /** What the agent did to improve the service and themselves. */
  DEVELOPMENT;

  /** The name in answers, such as {@code quality}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
