package dev.heng.domain.knowledge;

/**
 * The points of Knowledge-Centered Service credit. Reuse by others is what counts most: an author
 * earns {@code reusePoints} times the outcome weight of each ticket another agent resolved with the
 * article. Writing earns a smaller, fixed share. Linking one's own article earns nothing.
 *
 * @param reusePoints points for one reuse by another agent on a ticket of weight 1, above 0
 * @param createPoints points for publishing a new article, 0 or more
 * @param updatePoints points for publishing a new version of an article, 0 or more
 */
public record KnowledgeCreditRules(double reusePoints, double createPoints, double updatePoints) {

  /** One point per fully successful reuse, 0.3 per new article, 0.1 per revision. */
  public static final KnowledgeCreditRules DEFAULT = new KnowledgeCreditRules(1.0, 0.3, 0.1);

  /**
   * @throws IllegalArgumentException naming the value if reuse earns nothing or another share is
   *     negative or not finite
   */
  public KnowledgeCreditRules {
    if (!(reusePoints > 0) || !Double.isFinite(reusePoints)) {
      throw new IllegalArgumentException("reusePoints must be above 0, was " + reusePoints);
    }
    if (!(createPoints >= 0) || !Double.isFinite(createPoints)) {
      throw new IllegalArgumentException("createPoints must be 0 or more, was " + createPoints);
    }
    if (!(updatePoints >= 0) || !Double.isFinite(updatePoints)) {
      throw new IllegalArgumentException("updatePoints must be 0 or more, was " + updatePoints);
    }
  }
}
