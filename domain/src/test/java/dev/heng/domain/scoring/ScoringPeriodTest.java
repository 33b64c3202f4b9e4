package dev.heng.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScoringPeriodTest {

  @Test
  void readsAMonth() {
    ScoringPeriod period = ScoringPeriod.parse("2026-11");

    assertThat(period.unit()).isEqualTo(ScoringPeriod.Unit.MONTH);
    assertThat(period.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(period.to()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(period.days()).isEqualTo(30);
    assertThat(period.label()).isEqualTo("2026-11");
  }

  @Test
  void readsAnIsoWeekStartingOnItsMonday() {
    ScoringPeriod period = ScoringPeriod.parse("2026-W48");

    assertThat(period.start()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(period.days()).isEqualTo(7);
    assertThat(period.label()).isEqualTo("2026-W48");
  }

  @Test
  void readsTheFirstIsoWeekThatBeginsInTheYearBefore() {
    ScoringPeriod period = ScoringPeriod.parse("2026-W01");

    assertThat(period.start()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(period.label()).isEqualTo("2026-W01");
  }

  @Test
  void readsAQuarterAndADay() {
    assertThat(ScoringPeriod.parse("2026-Q4").from())
        .isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
    assertThat(ScoringPeriod.parse("2026-Q4").days()).isEqualTo(92);
    assertThat(ScoringPeriod.parse("2026-11-30").to())
        .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void refusesLabelsThatNameNoPeriod() {
    for (String label : new String[] {"2026-13", "2026-W54", "2026-Q5", "2026-02-30", "Nov", ""}) {
      assertThatThrownBy(() -> ScoringPeriod.parse(label))
          .as(label)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(label);
    }
  }

  @Test
  void refusesAWeekThatDoesNotStartOnMonday() {
    assertThatThrownBy(() -> new ScoringPeriod(ScoringPeriod.Unit.WEEK, LocalDate.of(2026, 11, 24)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-11-24");
  }
}
