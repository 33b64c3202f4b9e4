package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Asks for the solution paths of similar resolved tickets, either for a stored ticket or for a
 * text.
 *
 * @param caller who asks; the tenant comes from here, and a ticket must lie in the caller's scope
 * @param ticketId the ticket to match, or null when {@code text} is given
 * @param text the text to match, or null when {@code ticketId} is given
 * @param limit the most entries to answer, 1..{@value #MAX_LIMIT}
 */
public record FindSolutionPathsQuery(Caller caller, String ticketId, String text, int limit) {

  /** The largest limit accepted. */
  public static final int MAX_LIMIT = 100;

  /**
   * @throws IllegalArgumentException naming the argument if the caller is null, not exactly one of
   *     ticket and text is given, the text is blank or longer than 20,000 characters, or the limit
   *     is outside 1..{@value #MAX_LIMIT}
   */
  public FindSolutionPathsQuery {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
    if ((ticketId == null) == (text == null)) {
      throw new IllegalArgumentException(
          "exactly one of ticketId and text must be given, were " + ticketId + " and " + text);
    }
    if (text != null && (text.isBlank() || text.length() > 20_000)) {
      throw new IllegalArgumentException(
          "text must be 1..20000 characters and not blank, had " + text.length());
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }
}
