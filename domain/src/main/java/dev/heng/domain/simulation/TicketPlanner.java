package dev.heng.domain.simulation;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Decides everything about a ticket before its trajectory is written: channel, category and kind of
 * problem, priority, outcome, and the colleague who picks it up on a handover.
 *
 * <p>Channel: the customer's preferred one two times in three, else any; a channel the agent does
 * not serve becomes email (every agent serves it). Category by the customer's segment, kind of
 * problem uniformly within the category, priority and outcome by {@link OutcomeModel} with the
 * difficulty of the customer and the skill and load of the agent who keeps the customer.
 */
final class TicketPlanner {

  private static final double PREFERRED_CHANNEL_SHARE = 2.0 / 3.0;

  private final List<AgentProfile> agents;
  private final int[] owner;
  private final double[] load;
  private final OutcomeModel model;
  private final List<List<AgentProfile>> teams;
  private final double[][] categoryWeights;

  /**
   * @param agents the agents by index
   * @param teamCount number of teams
   * @param owner each customer's agent index
   * @param load each agent's relative load
   * @param model the outcome model
   */
  TicketPlanner(
      List<AgentProfile> agents, int teamCount, int[] owner, double[] load, OutcomeModel model) {
    this.agents = agents;
    this.owner = owner;
    this.load = load;
    this.model = model;

    this.teams = new ArrayList<>(teamCount);
    for (int team = 0; team < teamCount; team++) {
      teams.add(new ArrayList<>());
    }
    for (AgentProfile agent : agents) {
      teams.get(agent.team()).add(agent);
    }

    ProblemCategory[] categories = ProblemCategory.values();
    this.categoryWeights = new double[2][categories.length];
    for (ProblemCategory category : categories) {
      categoryWeights[0][category.ordinal()] = category.weight(false);
      categoryWeights[1][category.ordinal()] = category.weight(true);
    }
  }

  /** Plans ticket {@code id} of {@code customer}, created at {@code createdSecond}. */
  TicketPlan plan(String id, CustomerProfile customer, long createdSecond, RandomGenerator rng) {
    AgentProfile agent = agents.get(owner[customer.index()]);

    Channel channel =
        Draws.chance(rng, PREFERRED_CHANNEL_SHARE)
            ? customer.preferredChannel()
            : Draws.pick(rng, Channel.values());
    if (!agent.channels().contains(channel)) {
      channel = Channel.EMAIL;
    }
    double[] weights = categoryWeights[customer.enterprise() ? 1 : 0];
    ProblemCategory category = ProblemCategory.values()[Draws.weighted(rng, weights)];
    IssueTemplate issue = Draws.pick(rng, CategoryPhrases.of(category).issues());

    Priority priority = model.drawPriority(customer.difficulty(), rng);
    TicketOutcome outcome =
        model.draw(
            customer.difficulty(), agent.skill(), load[agent.index()], priority, channel, rng);
    AgentProfile colleague = outcome.handedOver() ? colleague(agent, rng) : null;

    return new TicketPlan(
        id, customer, agent, colleague, channel, category, issue, priority, createdSecond, outcome);
  }

  /** A teammate on shift, or any other agent when the team has one member; null when alone. */
  private AgentProfile colleague(AgentProfile agent, RandomGenerator rng) {
    List<AgentProfile> team = teams.get(agent.team());
    List<AgentProfile> pool = team.size() > 1 ? team : agents;
    if (pool.size() < 2) {
      return null;
    }

    AgentProfile colleague = Draws.pick(rng, pool);
    while (colleague.index() == agent.index()) {
      colleague = Draws.pick(rng, pool);
    }
    return colleague;
  }
}
