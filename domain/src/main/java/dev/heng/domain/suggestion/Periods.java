package dev.heng.domain.suggestion;

import dev.heng.domain.scoring.ScoringPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** Arithmetic on scoring periods of one length. */
final class Periods {

  private Periods() {}

  /** The period {@code steps} periods of the same length after (negative: before) this one. */
  static ScoringPeriod shift(ScoringPeriod period, int steps) {
    LocalDate start = period.start();
    LocalDate shifted =
        switch (period.unit()) {
          case DAY -> start.plusDays(steps);
          case WEEK -> start.plusWeeks(steps);
          case MONTH -> start.plusMonths(steps);
          case QUARTER -> start.plusMonths(3L * steps);
        };
    return new ScoringPeriod(period.unit(), shifted);
  }

  /** The period of the given length that holds the instant, in UTC. */
  static ScoringPeriod containing(ScoringPeriod.Unit unit, Instant instant) {
    LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate start =
        switch (unit) {
          case DAY -> day;
          case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          case MONTH -> day.withDayOfMonth(1);
          case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        };
    return new ScoringPeriod(unit, start);
  }
}
