package dev.heng.domain.attainment;

import java.util.Locale;

/** Whose hourly attainment a figure is: one agent's, or one team's (its members' tickets). */
public enum SubjectType {
  /** One agent: the tickets it is the current assignee of. */
  AGENT,
  /** One team: the tickets of the agents that belong to it now. */
  TEAM;

  /** The name in answers and storage, such as {@code agent}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
