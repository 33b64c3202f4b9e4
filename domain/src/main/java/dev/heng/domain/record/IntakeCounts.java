package dev.heng.domain.record;

/**
 * What an accepted batch did.
 *
 * @param created records that were new
 * @param updated records that existed and changed
 * @param unchanged records that existed with exactly the same content
 */
public record IntakeCounts(int created, int updated, int unchanged) {

  public IntakeCounts {
    if (created < 0 || updated < 0 || unchanged < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, were " + created + "/" + updated + "/" + unchanged);
    }
  }

  /** Sums two counts. */
  public IntakeCounts plus(IntakeCounts other) {
    return new IntakeCounts(
        created + other.created, updated + other.updated, unchanged + other.unchanged);
  }

  /** Records the batch held. */
  public int total() {
    return created + updated + unchanged;
  }
}
