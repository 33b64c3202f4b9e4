package dev.heng.application.port.in;

import java.time.Instant;

/**
 * What computing a range of hours did.
 *
 * @param from the first hour computed (inclusive)
 * @param to the end of the last hour computed (exclusive); equal to {@code from} when the range
 *     held no completed hour
 * @param hours how many subject-hours were written
 * @param tickets how many tickets were read
 * @param hoursChecked how many hours with data were checked for anomalies (hours checked before are
 *     not checked again)
 * @param raised anomaly alerts raised
 * @param resolved anomaly alerts resolved
 */
public record AttainmentRun(
    Instant from, Instant to, int hours, int tickets, int hoursChecked, int raised, int resolved) {}
