package dev.heng.domain.knowledge;

/**
 * How quickly an agent finds knowledge: searches in the period, and the minutes from the first
 * search on a ticket to the agent's first article link on it.
 *
 * @param searches knowledge searches the agent made in the period
 * @param ticketsSearched tickets the agent searched for in the period
 * @param ticketsLinked of those, tickets the agent then linked an article to
 * @param medianMinutesToLink the median minutes from first search to first link over {@code
 *     ticketsLinked}, or null when there is none
 */
public record RetrievalEfficiency(
    int searches, int ticketsSearched, int ticketsLinked, Double medianMinutesToLink) {

  /**
   * @throws IllegalArgumentException if a count is negative or the links exceed the tickets
   */
  public RetrievalEfficiency {
    if (searches < 0
        || ticketsSearched < 0
        || ticketsLinked < 0
        || ticketsLinked > ticketsSearched) {
      throw new IllegalArgumentException(
          "counts must be 0 or more with ticketsLinked <= ticketsSearched, were "
              + ticketsSearched
              + " and "
              + ticketsLinked);
    }
  }
}
