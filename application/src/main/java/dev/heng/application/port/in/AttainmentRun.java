package dev.heng.application.port.in;

import java.time.Instant;

/**
 * What computing a range of hours did.
 *
 * @param from the first hour computed (inclusive)
 * @param to the end of the last hour computed (exclusive); equal to {@code from} when the range
 *     held no completed hour
 * @param hours how many subject-hours were written; this and every count below is 0 or more
 * @param tickets how many tickets were read
 * @param hoursChecked how many hours with data were checked for anomalies (hours checked before are
 *     not checked again)
 * @param raised anomaly alerts raised
 * @param resolved anomaly alerts resolved
 */
public record AttainmentRun(
    Instant from, Instant to, int hours, int tickets, int hoursChecked, int raised, int resolved) {

  /**
   * @throws IllegalArgumentException naming the value if from or to is null, to is before from, or
   *     a count is negative
   */
  public AttainmentRun {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException(
          "from and to must be set, to not before from, were " + from + " and " + to);
    }
    if (hours < 0 || tickets < 0 || hoursChecked < 0 || raised < 0 || resolved < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, were hours "
              + hours
              + ", tickets "
              + tickets
              + ", hoursChecked "
              + hoursChecked
              + ", raised "
              + raised
              + ", resolved "
              + resolved);
    }
  }
}
