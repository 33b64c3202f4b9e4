package dev.heng.domain.simulation;

/** The readable external ids of generated records, such as {@code t-000042}. */
final class Ids {

  private Ids() {}

  /**
   * A prefix and a number padded with zeros to at least {@code width} digits; a wider number keeps
   * all its digits.
   */
  static String of(String prefix, long number, int width) {
    String digits = Long.toString(number);
    StringBuilder id = new StringBuilder(prefix.length() + Math.max(width, digits.length()));
    id.append(prefix);
    for (int pad = digits.length(); pad < width; pad++) {
      id.append('0');
    }
    return id.append(digits).toString();
  }
}
