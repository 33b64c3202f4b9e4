package dev.heng.domain.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Field checks shared by the intake records. Each check either returns the (normalised) value or
 * throws {@link InvalidFieldException} naming the field, so a record's compact constructor reads as
 * a list of its rules.
 */
public final class Fields {

  /** External ids: no control characters and no slash. */
  private static final Pattern EXTERNAL_ID = Pattern.compile("[^\\p{Cntrl}/]+");

  /**
   * The longest external id in UTF-16 code units, as {@link String#length()} counts and as H2
   * checks its {@code VARCHAR(128)} columns; a character outside the Basic Multilingual Plane
   * counts twice.
   */
  private static final int EXTERNAL_ID_LENGTH = 128;

  private Fields() {}

  /**
   * Checks an external id (the caller's own key for a record).
   *
   * @return the id unchanged
   * @throws InvalidFieldException if it is null, blank, longer than 128 UTF-16 code units (as
   *     {@link String#length()} counts), or holds a slash or a control character
   */
  public static String externalId(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(field, "is required");
    }
    if (value.length() > EXTERNAL_ID_LENGTH || !EXTERNAL_ID.matcher(value).matches()) {
      throw new InvalidFieldException(
          field, "must be 1 to 128 characters without '/' or control characters");
    }
    return value;
  }

  /** Like {@link #externalId} but lets null through, for optional references. */
  public static String optionalExternalId(String field, String value) {
    return value == null ? null : externalId(field, value);
  }

  /**
   * Checks a required text.
   *
   * @return the text unchanged
   * @throws InvalidFieldException if it is null or blank, longer than {@code maxLength}, or holds a
   *     NUL character (which PostgreSQL text cannot store)
   */
  public static String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(field, "is required");
    }
    return optionalText(field, value, maxLength);
  }

  /** Like {@link #text} but lets null through. */
  public static String optionalText(String field, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new InvalidFieldException(
          field, "must be at most " + maxLength + " characters, was " + value.length());
    }
    if (value != null && value.indexOf('\u0000') >= 0) {
      throw new InvalidFieldException(field, "must not contain the NUL character (U+0000)");
    }
    return value;
  }

  /**
   * Checks that a value is present.
   *
   * @return the value unchanged
   * @throws InvalidFieldException if it is null
   */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidFieldException(field, "is required");
    }
    return value;
  }

  /**
   * Checks an integer range, both ends included.
   *
   * @return the value unchanged
   * @throws InvalidFieldException if it is null or outside {@code [min, max]}
   */
  public static int range(String field, Integer value, int min, int max) {
    required(field, value);
    return optionalRange(field, value, min, max);
  }

  /** Like {@link #range} but lets null through. */
  public static Integer optionalRange(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new InvalidFieldException(
          field, "must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /**
   * Checks that an optional amount is finite and not negative.
   *
   * @return the value unchanged, or null
   */
  public static Double optionalNonNegative(String field, Double value) {
    if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
      throw new InvalidFieldException(field, "must be a non-negative number, was " + value);
    }
    return value;
  }

  /**
   * Checks a required instant and truncates it to microseconds, the precision both databases keep.
   */
  public static Instant instant(String field, Instant value) {
    return required(field, micros(value));
  }

  /** Truncates an instant to microseconds; null stays null. */
  public static Instant micros(Instant value) {
    return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Checks that {@code later} is not before {@code earlier} when both are present.
   *
   * @throws InvalidFieldException naming {@code laterField}
   */
  public static void notBefore(
      String laterField, Instant later, String earlierField, Instant earlier) {
    if (later != null && earlier != null && later.isBefore(earlier)) {
      throw new InvalidFieldException(laterField, "must not be before " + earlierField);
    }
  }

  /** Copies a list, refusing null elements; a null list becomes empty. */
  public static <T> List<T> list(String field, List<T> values) {
    if (values == null) {
      return List.of();
    }
    if (containsNull(values)) {
      throw new InvalidFieldException(field, "must not contain null");
    }
    return List.copyOf(values);
  }

  /**
   * Copies a set into natural order, refusing null elements; a null set becomes empty. The order
   * keeps what is stored and what is answered stable.
   */
  public static <T extends Comparable<? super T>> SortedSet<T> set(String field, Set<T> values) {
    if (values == null) {
      return Collections.emptySortedSet();
    }
    if (containsNull(values)) {
      throw new InvalidFieldException(field, "must not contain null");
    }
    return Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }

  /**
   * Looks for a null element by iterating: {@code contains(null)} throws on immutable and sorted
   * collections instead of answering.
   */
  private static boolean containsNull(Collection<?> values) {
    for (Object value : values) {
      if (value == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Copies a map into key order, refusing null or blank keys and null values; a null map becomes
   * empty.
   */
  public static <V> SortedMap<String, V> map(String field, Map<String, V> values) {
    if (values == null) {
      return Collections.emptySortedMap();
    }
    for (Map.Entry<String, V> entry : values.entrySet()) {
      if (entry.getKey() == null || entry.getKey().isBlank() || entry.getValue() == null) {
        throw new InvalidFieldException(field, "must not contain blank keys or null values");
      }
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }
}
