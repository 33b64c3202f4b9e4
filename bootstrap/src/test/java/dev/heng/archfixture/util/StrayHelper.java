package dev.heng.archfixture.util;

/** Breaks the layering: a class in a package that belongs to no layer. */
public final class StrayHelper {

  private StrayHelper() {}

  public static String trimmed(String value) {
    return value.strip();
  }
}
