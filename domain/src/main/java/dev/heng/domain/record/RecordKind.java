package dev.heng.domain.record;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of record a tenant sends in, each with the path segment that names it in the API. */
public enum RecordKind {
  TEAMS("teams"),
  AGENTS("agents"),
  CUSTOMERS("customers"),
  TICKETS("tickets"),
  TICKET_EVENTS("ticket-events"),
  ARTICLES("articles"),
  CONTRIBUTIONS("contributions");

  private final String path;

  RecordKind(String path) {
    this.path = path;
  }

  /** The path segment, such as {@code ticket-events}. */
  public String path() {
    return path;
  }

  /**
   * Finds the kind named by a path segment.
   *
   * @return the kind, or empty if no kind has that path
   */
  public static Optional<RecordKind> fromPath(String path) {
    return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
  }
}
