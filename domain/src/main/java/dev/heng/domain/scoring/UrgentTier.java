package dev.heng.domain.scoring;

/**
 * One step of the urgent bonus: each urgent ticket first answered within {@code withinMinutes} (and
 * not within a faster tier) adds {@code bonus} to the workload coefficient.
 *
 * @param withinMinutes the first-response time the tier rewards, in minutes, 1..10080
 * @param bonus added to the coefficient per urgent ticket, 0..0.5
 */
public record UrgentTier(int withinMinutes, double bonus) {}
