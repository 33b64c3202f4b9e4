package dev.heng.application.port.in;

/**
 * What a capacity check changed.
 *
 * @param agents how many agents' pools were compared
 * @param raised how many alerts were raised
 * @param resolved how many alerts were resolved
 */
public record CapacityCheck(int agents, int raised, int resolved) {}
