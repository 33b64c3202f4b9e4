package dev.heng.application.port.in;

/**
 * What one catch-up pass did over every tenant.
 *
 * @param tenants tenants computed
 * @param hours subject-hours written
 * @param raised anomaly alerts raised
 * @param resolved anomaly alerts resolved
 */
public record AttainmentCatchUp(int tenants, int hours, int raised, int resolved) {}
