package dev.heng.application.port.in;

import dev.heng.domain.suggestion.ImprovementPlan;

/** What a request for an agent's improvement suggestions found. */
public sealed interface SuggestionLookup {

  /**
   * The agent's plan: where it stands against its peers and what it could do.
   *
   * @param plan the plan, naming only agents the caller may see
   */
  record Found(ImprovementPlan plan) implements SuggestionLookup {
    public Found {
      if (plan == null) {
        throw new IllegalArgumentException("plan must not be null");
      }
    }
  }

  /**
   * No scorecards are stored for the period: scoring must run first.
   *
   * @param period the period asked for, or null when none was named and the tenant has no run
   */
  record NotScored(String period) implements SuggestionLookup {
    /**
     * @throws IllegalArgumentException if period is given but blank
     */
    public NotScored {
      if (period != null && period.isBlank()) {
        throw new IllegalArgumentException(
            "period must be null or not blank, was '" + period + "'");
      }
    }
  }

  /**
   * The period was scored, but without this agent (it was added or activated later).
   *
   * @param period the period
   */
  record AgentNotScored(String period) implements SuggestionLookup {
    public AgentNotScored {
      if (period == null) {
        throw new IllegalArgumentException("period must not be null");
      }
    }
  }
}
