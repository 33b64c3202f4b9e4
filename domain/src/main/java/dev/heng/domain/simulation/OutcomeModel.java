package dev.heng.domain.simulation;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Priority;
import java.util.random.RandomGenerator;

/**
 * The causal model that turns who is involved into what happens on a ticket. It was written down
 * before any scoring method was tuned, and must not be tuned to one: it is the yardstick. The same
 * model is described, with the reasons for each effect size, in {@code docs/SIMULATION.md}.
 *
 * <h2>Inputs</h2>
 *
 * <ul>
 *   <li>{@code d}: the customer's hidden difficulty, positive, mean 1.0 over customers;
 *   <li>{@code s}: the assignee's hidden skill, standard normal;
 *   <li>{@code l}: the assignee's relative load, expected tickets of the pool over the mean pool
 *       (1.0 is average);
 *   <li>the ticket's priority {@code p} (drawn by {@link #drawPriority}) and channel;
 *   <li>{@code v}: the noise multiplier; every {@code e...} below is an independent standard normal
 *       draw, so {@code v = 0} leaves only the coin flips of the yes/no outcomes and counts.
 * </ul>
 *
 * <p>{@code sigma(x) = 1 / (1 + exp(-x))} is the logistic function, {@code [A]} is 1 when A holds
 * and 0 otherwise, {@code Poisson(m)} a Poisson count with mean m.
 *
 * <h2>Stage 0: priority</h2>
 *
 * <p>{@code z = 0.8 ln d + e_p}; URGENT if {@code z > 1.4}, HIGH if {@code z > 0.6}, NORMAL if
 * {@code z > -1.0}, else LOW. An average customer raises 8% urgent tickets, a customer of
 * difficulty 2 about 20%, one of difficulty 0.5 about 3%.
 *
 * <h2>Stage 1: the ticket</h2>
 *
 * <p>Complexity {@code c = ln d + 0.4 v e_c}: some tickets of easy customers are hard and the other
 * way round. Every later stage reads {@code c}, never {@code d} directly.
 *
 * <h2>Stage 2: the agent's handling</h2>
 *
 * <ul>
 *   <li>Handle effort in minutes: {@code E = E0(channel) * mE(p) * exp(0.8 c - 0.15 s + 0.35 v
 *       e_E)} with {@code E0} = phone 12, chat 10, email 8, social 6 and {@code mE} = urgent 1.3,
 *       high 1.15, normal 1.0, low 0.9. One standard deviation of skill saves 14% of the effort; a
 *       customer twice as difficult costs 74% more.
 *   <li>First-response time in minutes: {@code F = F0(channel) * mF(p) * l^1.5 * exp(-0.15 s + 0.5
 *       v e_F)}, at least 0.5, with {@code F0} = phone 1.5, chat 2.5, email 150, social 40 and
 *       {@code mF} = urgent 0.3, high 0.6, normal 1.0, low 1.5. An agent with 30% more load than
 *       average answers 48% later. The response delay is {@code delta = ln(F / (F0 * mF))}.
 *   <li>Handover: {@code P = sigma(-3.0 + 0.5 c + 2.0 ln l)}: a busy agent's new tickets are first
 *       picked up by a colleague on shift, who transfers them back before the first reply.
 *   <li>Knowledge: a search happens with {@code P = sigma(-0.3 + 0.8 c)}; the agent runs {@code 1 +
 *       Poisson(0.8 exp(-0.4 s + 0.3 c))} searches, at most 5 (skilled agents find the answer
 *       sooner), and links an article with {@code P = sigma(0.3 + 0.8 s)} (skilled agents recognise
 *       the right one). {@code L} is 1 when an article was linked.
 *   <li>Escalation: {@code P = sigma(-3.0 + 1.1 c - 0.5 s + eP(p))} with {@code eP} = urgent 1.0,
 *       high 0.4, normal 0, low -0.3.
 *   <li>Resolution: {@code P = sigma(2.4 - 1.0 c + 0.6 s - 0.6 ln l + 0.4 L)}: overload costs
 *       resolutions, a linked article helps.
 *   <li>First-contact resolution, only for resolved tickets that were not escalated: {@code P =
 *       sigma(0.2 - 1.2 c + 0.5 s + 0.5 L - 0.4 [p = urgent])}.
 *   <li>Reopens, only for resolved tickets not resolved at first contact: {@code R = Poisson(0.12
 *       exp(0.9 c - 0.5 s))}, at most 3.
 *   <li>Subtasks, never at first contact: {@code Poisson(0.2 exp(1.2 c))}, at most 4.
 *   <li>Agent turns: 1 at first contact, otherwise {@code 2 + Poisson(E / 12)}, at most 10; the
 *       effort {@code E} is spread over them.
 * </ul>
 *
 * <h2>Stage 3: the customer's reaction</h2>
 *
 * <ul>
 *   <li>Experience: {@code y = -0.6 c + 0.3 s - 0.4 clip(delta, -1, 3) + 1.2 [resolved] + 0.4
 *       [first contact] - 0.7 R - 0.3 [escalated] + 0.8 v e_y - 0.3}. Skill counts twice: directly
 *       (tone, clarity, empathy) and through the outcomes it changes.
 *   <li>Rating: 5 if {@code y > 1.0}, 4 if {@code y > 0.2}, 3 if {@code y > -0.5}, 2 if {@code y >
 *       -1.2}, else 1.
 *   <li>Whether the customer rates: {@code P = sigma(-0.7 + 0.6 |y - 0.5|)}: delighted and furious
 *       customers rate more often than indifferent ones.
 *   <li>Complaint: {@code P = sigma(-2.6 - 1.3 y)}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; all randomness comes from the generator passed in, so
 * equal generator states give equal outcomes.
 */
public final class OutcomeModel {

  /** Weight of log difficulty in the priority score. */
  private static final double PRIORITY_PER_LOG_DIFFICULTY = 0.8;

  private static final double URGENT_ABOVE = 1.4;
  private static final double HIGH_ABOVE = 0.6;
  private static final double NORMAL_ABOVE = -1.0;

  /** Standard deviation of ticket complexity around the customer's log difficulty. */
  private static final double COMPLEXITY_NOISE = 0.4;

  private static final double EFFORT_PER_COMPLEXITY = 0.8;
  private static final double EFFORT_PER_SKILL = 0.15;
  private static final double EFFORT_NOISE = 0.35;

  private static final double RESPONSE_LOAD_EXPONENT = 1.5;
  private static final double RESPONSE_PER_SKILL = 0.15;
  private static final double RESPONSE_NOISE = 0.5;
  private static final double MIN_RESPONSE_MINUTES = 0.5;

  private static final double HANDOVER_BASE = -3.0;
  private static final double HANDOVER_PER_COMPLEXITY = 0.5;
  private static final double HANDOVER_PER_LOG_LOAD = 2.0;

  private static final double SEARCH_BASE = -0.3;
  private static final double SEARCH_PER_COMPLEXITY = 0.8;
  private static final double EXTRA_SEARCHES = 0.8;
  private static final double EXTRA_SEARCHES_PER_SKILL = 0.4;
  private static final double EXTRA_SEARCHES_PER_COMPLEXITY = 0.3;
  private static final int MAX_SEARCHES = 5;
  private static final double LINK_BASE = 0.3;
  private static final double LINK_PER_SKILL = 0.8;

  private static final double ESCALATION_BASE = -3.0;
  private static final double ESCALATION_PER_COMPLEXITY = 1.1;
  private static final double ESCALATION_PER_SKILL = 0.5;

  private static final double RESOLUTION_BASE = 2.4;
  private static final double RESOLUTION_PER_COMPLEXITY = 1.0;
  private static final double RESOLUTION_PER_SKILL = 0.6;
  private static final double RESOLUTION_PER_LOG_LOAD = 0.6;
  private static final double RESOLUTION_PER_LINK = 0.4;

  private static final double FIRST_CONTACT_BASE = 0.2;
  private static final double FIRST_CONTACT_PER_COMPLEXITY = 1.2;
  private static final double FIRST_CONTACT_PER_SKILL = 0.5;
  private static final double FIRST_CONTACT_PER_LINK = 0.5;
  private static final double FIRST_CONTACT_URGENT = 0.4;

  private static final double REOPEN_MEAN = 0.12;
  private static final double REOPEN_PER_COMPLEXITY = 0.9;
  private static final double REOPEN_PER_SKILL = 0.5;
  private static final int MAX_REOPENS = 3;

  private static final double SUBTASK_MEAN = 0.2;
  private static final double SUBTASK_PER_COMPLEXITY = 1.2;
  private static final int MAX_SUBTASKS = 4;

  private static final double EFFORT_MINUTES_PER_EXTRA_TURN = 12.0;
  private static final int MAX_AGENT_TURNS = 10;

  private static final double EXPERIENCE_BASE = -0.3;
  private static final double EXPERIENCE_PER_COMPLEXITY = 0.6;
  private static final double EXPERIENCE_PER_SKILL = 0.3;
  private static final double EXPERIENCE_PER_DELAY = 0.4;
  private static final double EXPERIENCE_RESOLVED = 1.2;
  private static final double EXPERIENCE_FIRST_CONTACT = 0.4;
  private static final double EXPERIENCE_PER_REOPEN = 0.7;
  private static final double EXPERIENCE_ESCALATED = 0.3;
  private static final double EXPERIENCE_NOISE = 0.8;

  private static final double RATING_5_ABOVE = 1.0;
  private static final double RATING_4_ABOVE = 0.2;
  private static final double RATING_3_ABOVE = -0.5;
  private static final double RATING_2_ABOVE = -1.2;

  private static final double RATED_BASE = -0.7;
  private static final double RATED_PER_EXTREMITY = 0.6;
  private static final double RATED_CENTRE = 0.5;

  private static final double COMPLAINT_BASE = -2.6;
  private static final double COMPLAINT_PER_EXPERIENCE = 1.3;

  private final double noise;

  /**
   * Creates the model for one noise level.
   *
   * @param noise multiplier of every noise term, 0 to {@value SimulationParameters#MAX_SPREAD}
   * @throws IllegalArgumentException if {@code noise} is out of range, naming it
   */
  public OutcomeModel(double noise) {
    if (!(noise >= 0 && noise <= SimulationParameters.MAX_SPREAD)) {
      throw new IllegalArgumentException(
          "noise must be between 0 and " + SimulationParameters.MAX_SPREAD + ", was " + noise);
    }
    this.noise = noise;
  }

  /**
   * Draws a ticket's priority from its customer's difficulty (stage 0).
   *
   * @param difficulty the customer's hidden difficulty, positive
   * @param rng the source of randomness; one Gaussian is drawn from it
   * @return the priority, never null
   * @throws IllegalArgumentException if {@code difficulty} is not positive and finite, naming it
   */
  public Priority drawPriority(double difficulty, RandomGenerator rng) {
    requirePositive("difficulty", difficulty);

    double score = PRIORITY_PER_LOG_DIFFICULTY * Math.log(difficulty) + rng.nextGaussian();

    if (score > URGENT_ABOVE) {
      return Priority.URGENT;
    }
    if (score > HIGH_ABOVE) {
      return Priority.HIGH;
    }
    return score > NORMAL_ABOVE ? Priority.NORMAL : Priority.LOW;
  }

  /**
   * Draws everything that happens on one ticket (stages 1 to 3 of the class description).
   *
   * @param difficulty the customer's hidden difficulty {@code d}, positive
   * @param skill the assignee's hidden skill {@code s}, standard normal scale
   * @param load the assignee's relative load {@code l}, positive, 1.0 on average
   * @param priority the ticket's priority, not null
   * @param channel the ticket's channel, not null
   * @param rng the source of randomness, advanced by a number of draws that depends on the outcome
   * @return the outcome, never null
   * @throws IllegalArgumentException if an argument is null, not finite or not positive where it
   *     must be, naming it
   */
  public TicketOutcome draw(
      double difficulty,
      double skill,
      double load,
      Priority priority,
      Channel channel,
      RandomGenerator rng) {
    requirePositive("difficulty", difficulty);
    requirePositive("load", load);
    if (Double.isNaN(skill) || Double.isInfinite(skill)) {
      throw new IllegalArgumentException("skill must be finite, was " + skill);
    }
    if (priority == null || channel == null || rng == null) {
      throw new IllegalArgumentException(
          "priority, channel and rng must not be null, were "
              + priority
              + ", "
              + channel
              + ", "
              + rng);
    }

    double complexity = Math.log(difficulty) + noise * COMPLEXITY_NOISE * rng.nextGaussian();
    double logLoad = Math.log(load);

    double effort =
        baseEffort(channel)
            * effortFactor(priority)
            * Math.exp(
                EFFORT_PER_COMPLEXITY * complexity
                    - EFFORT_PER_SKILL * skill
                    + noise * EFFORT_NOISE * rng.nextGaussian());

    double responseNorm = baseResponse(channel) * responseFactor(priority);
    double firstResponse =
        Math.max(
            MIN_RESPONSE_MINUTES,
            responseNorm
                * Math.pow(load, RESPONSE_LOAD_EXPONENT)
                * Math.exp(
                    -RESPONSE_PER_SKILL * skill + noise * RESPONSE_NOISE * rng.nextGaussian()));
    double delay = Math.log(firstResponse / responseNorm);

    boolean handedOver =
        Draws.chance(
            rng,
            Draws.logistic(
                HANDOVER_BASE
                    + HANDOVER_PER_COMPLEXITY * complexity
                    + HANDOVER_PER_LOG_LOAD * logLoad));

    int searches = 0;
    boolean linked = false;
    if (Draws.chance(rng, Draws.logistic(SEARCH_BASE + SEARCH_PER_COMPLEXITY * complexity))) {
      double extra =
          EXTRA_SEARCHES
              * Math.exp(
                  -EXTRA_SEARCHES_PER_SKILL * skill + EXTRA_SEARCHES_PER_COMPLEXITY * complexity);
      searches = Math.min(MAX_SEARCHES, 1 + Draws.poisson(rng, extra));
      linked = Draws.chance(rng, Draws.logistic(LINK_BASE + LINK_PER_SKILL * skill));
    }
    double link = linked ? 1.0 : 0.0;

    boolean escalated =
        Draws.chance(
            rng,
            Draws.logistic(
                ESCALATION_BASE
                    + ESCALATION_PER_COMPLEXITY * complexity
                    - ESCALATION_PER_SKILL * skill
                    + escalationShift(priority)));

    boolean resolved =
        Draws.chance(
            rng,
            Draws.logistic(
                RESOLUTION_BASE
                    - RESOLUTION_PER_COMPLEXITY * complexity
                    + RESOLUTION_PER_SKILL * skill
                    - RESOLUTION_PER_LOG_LOAD * logLoad
                    + RESOLUTION_PER_LINK * link));

    boolean firstContact =
        resolved
            && !escalated
            && Draws.chance(
                rng,
                Draws.logistic(
                    FIRST_CONTACT_BASE
                        - FIRST_CONTACT_PER_COMPLEXITY * complexity
                        + FIRST_CONTACT_PER_SKILL * skill
                        + FIRST_CONTACT_PER_LINK * link
                        - (priority == Priority.URGENT ? FIRST_CONTACT_URGENT : 0.0)));

    int reopens = 0;
    if (resolved && !firstContact) {
      double mean =
          REOPEN_MEAN * Math.exp(REOPEN_PER_COMPLEXITY * complexity - REOPEN_PER_SKILL * skill);
      reopens = Math.min(MAX_REOPENS, Draws.poisson(rng, mean));
    }

    int subtasks = 0;
    int turns = 1;
    if (!firstContact) {
      subtasks =
          Math.min(
              MAX_SUBTASKS,
              Draws.poisson(rng, SUBTASK_MEAN * Math.exp(SUBTASK_PER_COMPLEXITY * complexity)));
      turns =
          Math.min(MAX_AGENT_TURNS, 2 + Draws.poisson(rng, effort / EFFORT_MINUTES_PER_EXTRA_TURN));
    }

    double experience =
        EXPERIENCE_BASE
            - EXPERIENCE_PER_COMPLEXITY * complexity
            + EXPERIENCE_PER_SKILL * skill
            - EXPERIENCE_PER_DELAY * Math.max(-1.0, Math.min(3.0, delay))
            + (resolved ? EXPERIENCE_RESOLVED : 0.0)
            + (firstContact ? EXPERIENCE_FIRST_CONTACT : 0.0)
            - EXPERIENCE_PER_REOPEN * reopens
            - (escalated ? EXPERIENCE_ESCALATED : 0.0)
            + noise * EXPERIENCE_NOISE * rng.nextGaussian();

    boolean rated =
        Draws.chance(
            rng,
            Draws.logistic(RATED_BASE + RATED_PER_EXTREMITY * Math.abs(experience - RATED_CENTRE)));
    Integer satisfaction = rated ? rating(experience) : null;

    boolean complaint =
        Draws.chance(rng, Draws.logistic(COMPLAINT_BASE - COMPLAINT_PER_EXPERIENCE * experience));

    return new TicketOutcome(
        complexity,
        effort,
        firstResponse,
        delay,
        handedOver,
        searches,
        linked,
        subtasks,
        escalated,
        resolved,
        firstContact,
        reopens,
        turns,
        experience,
        satisfaction,
        complaint);
  }

  /**
   * The norm of the first-response time for a channel and priority ({@code F0 * mF}), in minutes:
   * what an average agent at average load takes.
   *
   * @param channel the channel, not null
   * @param priority the priority, not null
   * @return minutes, positive
   */
  public static double responseNormMinutes(Channel channel, Priority priority) {
    return baseResponse(channel) * responseFactor(priority);
  }

  private static int rating(double experience) {
    if (experience > RATING_5_ABOVE) {
      return 5;
    }
    if (experience > RATING_4_ABOVE) {
      return 4;
    }
    if (experience > RATING_3_ABOVE) {
      return 3;
    }
    return experience > RATING_2_ABOVE ? 2 : 1;
  }

  private static double baseEffort(Channel channel) {
    return switch (channel) {
      case PHONE -> 12.0;
      case CHAT -> 10.0;
      case EMAIL -> 8.0;
      case SOCIAL -> 6.0;
    };
  }

  private static double effortFactor(Priority priority) {
    return switch (priority) {
      case URGENT -> 1.3;
      case HIGH -> 1.15;
      case NORMAL -> 1.0;
      case LOW -> 0.9;
    };
  }

  private static double baseResponse(Channel channel) {
    return switch (channel) {
      case PHONE -> 1.5;
      case CHAT -> 2.5;
      case EMAIL -> 150.0;
      case SOCIAL -> 40.0;
    };
  }

  private static double responseFactor(Priority priority) {
    return switch (priority) {
      case URGENT -> 0.3;
      case HIGH -> 0.6;
      case NORMAL -> 1.0;
      case LOW -> 1.5;
    };
  }

  private static double escalationShift(Priority priority) {
    return switch (priority) {
      case URGENT -> 1.0;
      case HIGH -> 0.4;
      case NORMAL -> 0.0;
      case LOW -> -0.3;
    };
  }

  private static void requirePositive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be positive and finite, was " + value);
    }
  }
}
