package dev.heng.application.port.out;

import java.time.Duration;

/**
 * The state of the analysis queue.
 *
 * @param waiting jobs queued or leased, not yet done
 * @param dead jobs that failed their last allowed attempt
 * @param oldestWaiting how long the oldest waiting job has existed; zero when none waits
 */
public record QueueBacklog(long waiting, long dead, Duration oldestWaiting) {

  public QueueBacklog {
    if (waiting < 0 || dead < 0 || oldestWaiting == null || oldestWaiting.isNegative()) {
      throw new IllegalArgumentException(
          "waiting, dead and oldestWaiting must not be negative, were "
              + waiting
              + ", "
              + dead
              + ", "
              + oldestWaiting);
    }
  }
}
