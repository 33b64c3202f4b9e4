package dev.heng.domain.scoring;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scoring period in UTC: one day, one ISO week, one calendar month or one calendar quarter.
 *
 * @param unit how long it is
 * @param start its first day
 */
public record ScoringPeriod(Unit unit, LocalDate start) {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  /** The lengths a period may have. */
  public enum Unit {
    DAY,
    WEEK,
    MONTH,
    QUARTER
  }

  /**
   * @throws IllegalArgumentException if a value is null or {@code start} is not the first day of a
   *     period of {@code unit} (a Monday for a week, the 1st for a month, the 1st of January,
   *     April, July or October for a quarter)
   */
  public ScoringPeriod {
    if (unit == null || start == null) {
      throw new IllegalArgumentException(
          "unit and start must not be null, were " + unit + " and " + start);
    }
    boolean aligned =
        switch (unit) {
          case DAY -> true;
          case WEEK -> start.getDayOfWeek() == DayOfWeek.MONDAY;
          case MONTH -> start.getDayOfMonth() == 1;
          case QUARTER -> start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0;
        };
    if (!aligned) {
      throw new IllegalArgumentException(
          "start must be the first day of a " + unit + ", was " + start);
    }
  }

  /**
   * Reads a period label: {@code 2026-11-30} (day), {@code 2026-W48} (ISO week), {@code 2026-11}
   * (month) or {@code 2026-Q4} (quarter).
   *
   * @throws IllegalArgumentException naming the label if it is none of these or names no real day,
   *     week, month or quarter
   */
  public static ScoringPeriod parse(String label) {
    if (label == null) {
      throw new IllegalArgumentException("period must not be null");
    }
    try {
      Matcher matcher = DAY.matcher(label);
      if (matcher.matches()) {
        return new ScoringPeriod(Unit.DAY, LocalDate.parse(label));
      }
      matcher = WEEK.matcher(label);
      if (matcher.matches()) {
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        LocalDate reference = LocalDate.of(year, 6, 1);
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(reference).getMaximum();
        if (week < 1 || week > weeks) {
          throw new IllegalArgumentException(
              "period '" + label + "' names week " + week + " but " + year + " has " + weeks);
        }
        LocalDate monday =
            reference
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ScoringPeriod(Unit.WEEK, monday);
      }
      matcher = MONTH.matcher(label);
      if (matcher.matches()) {
        return new ScoringPeriod(
            Unit.MONTH,
            LocalDate.of(
                Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), 1));
      }
      matcher = QUARTER.matcher(label);
      if (matcher.matches()) {
        int quarter = Integer.parseInt(matcher.group(2));
        return new ScoringPeriod(
            Unit.QUARTER, LocalDate.of(Integer.parseInt(matcher.group(1)), 3 * quarter - 2, 1));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("period '" + label + "' names no real day or month", e);
    }
    throw new IllegalArgumentException(
        "period must look like 2026-11-30, 2026-W48, 2026-11 or 2026-Q4, was '" + label + "'");
  }

  /** The day after the last day of the period. */
  public LocalDate endExclusive() {
    return switch (unit) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
    };
  }

  /** The first instant of the period (midnight UTC of its first day). */
  public Instant from() {
    return start.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the period. */
  public Instant to() {
    return endExclusive().atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The number of days in the period. */
  public int days() {
    return (int) (endExclusive().toEpochDay() - start.toEpochDay());
  }

  /** The period's label, as {@link #parse} reads it. */
  public String label() {
    return switch (unit) {
      case DAY -> start.toString();
      case WEEK ->
          String.format(
              "%d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    };
  }

  @Override
  public String toString() {
    return label();
  }
}
