package dev.heng.domain.scoring;

/**
 * An agent's effective workload in a period and how it was reached: {@code coefficient =
 * (actualLoad / baselineLoad) x difficultyFactor + urgentBonus}.
 *
 * @param agentId the agent's external id
 * @param poolSize customers the agent keeps
 * @param handledTickets tickets assigned to the agent that were raised in the period
 * @param actualLoad the load counted (customers or tickets, as configured)
 * @param baselineLoad the load an agent is expected to carry
 * @param difficultyFactor mean difficulty of the agent's pool or handled customers; 1.0 without any
 * @param urgentTickets urgent tickets handled in the period
 * @param urgentBonus the bonus earned by answering urgent tickets fast
 * @param coefficient the effective workload coefficient, 1.0 for an average load of average
 *     customers
 */
public record Workload(
    String agentId,
    int poolSize,
    int handledTickets,
    double actualLoad,
    double baselineLoad,
    double difficultyFactor,
    int urgentTickets,
    double urgentBonus,
    double coefficient) {}
