package dev.heng.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private final RetrySchedule schedule =
      new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(5), 4);

  @Test
  void doublesTheWaitAfterEachFailureUpToTheCap() {
    assertThat(schedule.delay(1, null)).isEqualTo(Duration.ofSeconds(10));
    assertThat(schedule.delay(2, null)).isEqualTo(Duration.ofSeconds(20));
    assertThat(schedule.delay(3, null)).isEqualTo(Duration.ofSeconds(40));
    assertThat(schedule.delay(10, null)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void honoursRetryAfterWithinTheCap() {
    assertThat(schedule.delay(1, Duration.ofSeconds(90))).isEqualTo(Duration.ofSeconds(90));
    assertThat(schedule.delay(1, Duration.ofHours(2))).isEqualTo(Duration.ofMinutes(5));
    assertThat(schedule.delay(3, Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    assertThat(schedule.exhausted(3)).isFalse();
    assertThat(schedule.exhausted(4)).isTrue();
  }

  @Test
  void rejectsAScheduleWhoseCapIsBelowItsBase() {
    assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), Duration.ofSeconds(1), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max");
  }
}
