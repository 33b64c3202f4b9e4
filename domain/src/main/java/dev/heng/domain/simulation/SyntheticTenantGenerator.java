package dev.heng.domain.simulation;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.RetentionStatus;
import dev.heng.domain.record.Segment;
import dev.heng.domain.record.ServiceWindow;
import dev.heng.domain.record.Team;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.record.ValueTier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Generates a synthetic tenant: teams, agents, customers, tickets with their trajectories,
 * knowledge articles and contributions, drawn from hidden agent skills and customer difficulties
 * that are returned apart in {@link HiddenTruth}. Evaluations use it to check that a scoring method
 * ranks agents by skill and not by load or by the difficulty of their customers.
 *
 * <p>The generation, step by step (the outcome of each ticket is described in {@link OutcomeModel},
 * the whole in {@code docs/SIMULATION.md}):
 *
 * <ol>
 *   <li>Agents: skill {@code s ~ N(0, 1)}; seniority 1..4 from {@code 0.6 s + 0.8 e} (cuts at -0.6,
 *       0.3, 1.1); hired 0.2 to 14 years before the start, longer for higher seniority; skills in
 *       about 70% of the categories with proficiency {@code round(2.7 + 0.5 s + 0.3 (seniority - 2)
 *       + 0.7 e)} clipped to 1..5; chat and email always, phone and social for some. Teams of about
 *       eight, led by their most senior member.
 *   <li>Customers: latent {@code u ~ N(0, 1)}, difficulty {@code exp(0.35 difficultySpread u)}
 *       divided by its mean over customers, so the mean is exactly 1. Segment, product complexity
 *       and service window each follow {@code 0.5 u + 0.87 e}: harder customers are more often
 *       businesses with complex products and round-the-clock service, but the attributes do not
 *       determine the difficulty.
 *   <li>Pools: see {@link PoolAssignment}. An agent's load is the sum of the difficulties in the
 *       pool over the mean of that sum across agents.
 *   <li>Tickets: each customer raises {@code Poisson(1.25 d days / 30)} tickets (1.25 a month on
 *       average, more for harder customers), in business hours on working days for business-hours
 *       customers and at any time, mostly by day, for the others; numbered in order of creation.
 *       What each ticket is about and how it goes: {@link TicketPlanner}; its events: {@link
 *       TrajectoryWriter}.
 *   <li>Retention: a customer with more bad experiences (complaint, rating 1 or 2, unresolved
 *       ticket) is more often at risk or churned.
 * </ol>
 *
 * <p>Every random draw comes from a {@link SplittableRandom} seeded with the parameters' seed and
 * split per stage and per ticket, so equal parameters give equal tenants, and the agents and
 * customers of a seed stay the same when only the number of days changes. Instances hold no state
 * and are thread-safe.
 */
public final class SyntheticTenantGenerator {

  /** Agents per team. */
  static final int TEAM_SIZE = 8;

  /** Tickets per customer per 30 days at difficulty 1. */
  static final double TICKETS_PER_MONTH = 1.25;

  /** Standard deviation of log difficulty at difficultySpread 1. */
  static final double DIFFICULTY_SIGMA = 0.35;

  private static final double SENIORITY_PER_SKILL = 0.6;
  private static final double[] SENIORITY_CUTS = {-0.6, 0.3, 1.1};
  private static final double SKILL_SHARE = 0.7;
  private static final int MIN_SKILLS = 2;
  private static final double ATTRIBUTE_PER_LATENT = 0.5;

  private static final List<String> TEAM_WORDS =
      List.of(
          "Aurora",
          "Bamboo",
          "Cedar",
          "Delta",
          "Ember",
          "Fjord",
          "Harbor",
          "Jade",
          "Kestrel",
          "Lotus",
          "Meridian",
          "Nimbus",
          "Orchid",
          "Pine",
          "Quartz",
          "Summit");
  private static final List<String> REGIONS = List.of("EMEA", "AMER", "APAC");
  private static final List<String> INDUSTRIES =
      List.of(
          "retail", "manufacturing", "finance", "healthcare", "logistics", "software", "education");

  /**
   * Generates a tenant.
   *
   * @param parameters the settings, not null
   * @return the tenant, never null; equal parameters give an equal tenant
   * @throws IllegalArgumentException if {@code parameters} is null
   */
  public SyntheticTenant generate(SimulationParameters parameters) {
    if (parameters == null) {
      throw new IllegalArgumentException("parameters must not be null, was null");
    }
    SplittableRandom root = new SplittableRandom(parameters.seed());
    SplittableRandom agentRng = root.split();
    SplittableRandom customerRng = root.split();
    SplittableRandom poolRng = root.split();
    SplittableRandom knowledgeRng = root.split();
    SplittableRandom ticketRng = root.split();
    SplittableRandom retentionRng = root.split();
    SplittableRandom contributionRng = root.split();
    LocalDate start = parameters.start();
    long startSecond = start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long endSecond = start.plusDays(parameters.days()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();

    int teamCount = Math.max(1, (int) Math.round(parameters.agents() / (double) TEAM_SIZE));
    List<String> teamIds = new ArrayList<>(teamCount);
    List<String> teamNames = new ArrayList<>(teamCount);
    for (int team = 0; team < teamCount; team++) {
      teamIds.add(Ids.of("team-", team + 1, 2));
      teamNames.add(teamName(team));
    }
    List<AgentProfile> agents = drawAgents(parameters, teamIds, agentRng);
    List<Team> teams = teams(agents, teamIds, teamNames);

    List<CustomerProfile> customers = drawCustomers(parameters, customerRng);
    int[] poolSizes =
        PoolAssignment.poolSizes(
            parameters.customers(), parameters.agents(), parameters.loadSpread(), poolRng);
    int[] seniority = agents.stream().mapToInt(AgentProfile::seniority).toArray();
    double[] latent = customers.stream().mapToDouble(CustomerProfile::latent).toArray();
    int[] owner = PoolAssignment.assign(poolSizes, seniority, latent, poolRng);
    double[] poolDifficulty = new double[agents.size()];
    for (CustomerProfile customer : customers) {
      poolDifficulty[owner[customer.index()]] += customer.difficulty();
    }
    double meanPoolDifficulty = parameters.customers() / (double) parameters.agents();
    double[] load = new double[agents.size()];
    for (int agent = 0; agent < agents.size(); agent++) {
      load[agent] = poolDifficulty[agent] / meanPoolDifficulty;
      poolDifficulty[agent] /= poolSizes[agent];
    }

    KnowledgeBase knowledge =
        KnowledgeBase.draw(agents, parameters.chineseShare(), startSecond, endSecond, knowledgeRng);

    long[] schedule = schedule(parameters, customers, startSecond, ticketRng);
    List<Ticket> tickets = new ArrayList<>(schedule.length);
    List<TicketEvent> events = new ArrayList<>(schedule.length * 11);
    int[] badExperiences = new int[customers.size()];
    TicketPlanner planner =
        new TicketPlanner(agents, teamCount, owner, load, new OutcomeModel(parameters.noise()));
    TrajectoryWriter trajectories = new TrajectoryWriter(endSecond, knowledge);
    for (int number = 0; number < schedule.length; number++) {
      CustomerProfile customer = customers.get((int) (schedule[number] & 0xFFFF_FFFFL));
      long created = startSecond + (schedule[number] >>> 32);
      SplittableRandom rng = ticketRng.split();

      TicketPlan plan = planner.plan(Ids.of("t-", number + 1, 6), customer, created, rng);
      Ticket ticket = trajectories.write(plan, rng, events);

      tickets.add(ticket);
      if (ticket.complaint()
          || (ticket.satisfaction() != null && ticket.satisfaction() <= 2)
          || !plan.outcome().resolved()) {
        badExperiences[customer.index()]++;
      }
    }

    List<Customer> customerRecords = new ArrayList<>(customers.size());
    for (CustomerProfile customer : customers) {
      customerRecords.add(
          customer.toRecord(
              agents.get(owner[customer.index()]).id(),
              retention(badExperiences[customer.index()], retentionRng)));
    }
    List<ContributionRecord> contributions =
        ContributionWriter.draw(
            agents,
            teamNames,
            teamIds,
            parameters.noise(),
            startSecond,
            endSecond,
            contributionRng);

    return new SyntheticTenant(
        teams,
        agents.stream().map(AgentProfile::toRecord).toList(),
        customerRecords,
        tickets,
        events,
        knowledge.articles(),
        contributions,
        truth(agents, customers, poolSizes, load, poolDifficulty));
  }

  /** "Team Aurora" and so on; after sixteen teams the words come round again, numbered. */
  private static String teamName(int team) {
    String word = TEAM_WORDS.get(team % TEAM_WORDS.size());
    int round = team / TEAM_WORDS.size();
    return "Team " + word + (round == 0 ? "" : " " + (round + 1));
  }

  private static List<AgentProfile> drawAgents(
      SimulationParameters parameters, List<String> teamIds, RandomGenerator rng) {
    ProblemCategory[] categories = ProblemCategory.values();
    List<AgentProfile> agents = new ArrayList<>(parameters.agents());
    double seniorityNoise = Math.sqrt(1 - SENIORITY_PER_SKILL * SENIORITY_PER_SKILL);

    for (int index = 0; index < parameters.agents(); index++) {
      double skill = rng.nextGaussian();
      double seniorityScore = SENIORITY_PER_SKILL * skill + seniorityNoise * rng.nextGaussian();
      int seniority = 1;
      for (double cut : SENIORITY_CUTS) {
        if (seniorityScore > cut) {
          seniority++;
        }
      }

      double years =
          switch (seniority) {
            case 1 -> Draws.uniform(rng, 0.2, 1.5);
            case 2 -> Draws.uniform(rng, 1.0, 3.5);
            case 3 -> Draws.uniform(rng, 3.0, 7.0);
            default -> Draws.uniform(rng, 6.0, 14.0);
          };
      LocalDate hiredOn = parameters.start().minusDays(Math.round(years * 365.25));

      Map<String, Integer> skills = new TreeMap<>();
      for (ProblemCategory category : categories) {
        double proficiency = 2.7 + 0.5 * skill + 0.3 * (seniority - 2) + 0.7 * rng.nextGaussian();
        // Every agent has at least two skills, so the last categories fill up what chance left.
        boolean needed = categories.length - category.ordinal() <= MIN_SKILLS - skills.size();
        if (Draws.chance(rng, SKILL_SHARE) || needed) {
          skills.put(category.code(), Draws.clamp(proficiency, 1, 5));
        }
      }

      Set<Channel> channels = EnumSet.of(Channel.CHAT, Channel.EMAIL);
      if (Draws.chance(rng, 0.6)) {
        channels.add(Channel.PHONE);
      }
      if (Draws.chance(rng, 0.4)) {
        channels.add(Channel.SOCIAL);
      }

      int team = (int) ((long) index * teamIds.size() / parameters.agents());
      agents.add(
          new AgentProfile(
              index,
              Ids.of("agent-", index + 1, 3),
              AgentNames.draw(rng),
              team,
              teamIds.get(team),
              seniority,
              skill,
              skills,
              channels,
              hiredOn));
    }
    return agents;
  }

  private static List<Team> teams(
      List<AgentProfile> agents, List<String> teamIds, List<String> teamNames) {
    AgentProfile[] leads = new AgentProfile[teamIds.size()];
    for (AgentProfile agent : agents) {
      AgentProfile lead = leads[agent.team()];
      if (lead == null
          || agent.seniority() > lead.seniority()
          || (agent.seniority() == lead.seniority() && agent.hiredOn().isBefore(lead.hiredOn()))) {
        leads[agent.team()] = agent;
      }
    }

    List<Team> teams = new ArrayList<>(teamIds.size());
    for (int team = 0; team < teamIds.size(); team++) {
      String lead = leads[team] == null ? null : leads[team].id();
      teams.add(new Team(teamIds.get(team), teamNames.get(team), lead));
    }
    return teams;
  }

  private static List<CustomerProfile> drawCustomers(
      SimulationParameters parameters, RandomGenerator rng) {
    int count = parameters.customers();
    double sigma = DIFFICULTY_SIGMA * parameters.difficultySpread();
    double[] latent = new double[count];
    double[] raw = new double[count];
    double total = 0;
    for (int index = 0; index < count; index++) {
      latent[index] = rng.nextGaussian();
      raw[index] = Math.exp(sigma * latent[index]);
      total += raw[index];
    }
    double mean = total / count;

    double noiseWeight = Math.sqrt(1 - ATTRIBUTE_PER_LATENT * ATTRIBUTE_PER_LATENT);
    List<CustomerProfile> customers = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      double u = latent[index];
      boolean enterprise = ATTRIBUTE_PER_LATENT * u + noiseWeight * rng.nextGaussian() > 0.6;
      double complexityScore = ATTRIBUTE_PER_LATENT * u + noiseWeight * rng.nextGaussian();
      int productComplexity = Draws.clamp(2.6 + complexityScore + (enterprise ? 0.6 : 0.0), 1, 5);
      double windowScore =
          ATTRIBUTE_PER_LATENT * u + noiseWeight * rng.nextGaussian() + (enterprise ? 0.7 : 0.0);
      ServiceWindow window =
          windowScore > 1.0 ? ServiceWindow.ALWAYS : ServiceWindow.BUSINESS_HOURS;

      ValueTier tier = tier(enterprise, rng);
      Double contract = contract(enterprise, tier, rng);
      LocalDate since = parameters.start().minusDays(30 + rng.nextInt(3_650));
      double years = Math.max(0.1, (parameters.start().toEpochDay() - since.toEpochDay()) / 365.25);
      Double lifetime;
      if (contract != null) {
        lifetime = Math.round(contract * years * Draws.uniform(rng, 0.8, 1.2) * 100) / 100.0;
      } else {
        lifetime =
            Draws.chance(rng, 0.7)
                ? Math.round(800 * Draws.logNormal(rng, 0.8) * 100) / 100.0
                : null;
      }

      boolean chinese = Draws.chance(rng, parameters.chineseShare());
      Channel preferred = preferredChannel(enterprise, rng);
      Map<String, String> attributes = new HashMap<>();
      attributes.put("language", chinese ? "zh" : "en");
      attributes.put("preferredChannel", preferred.name().toLowerCase(Locale.ROOT));
      attributes.put(
          "region", chinese && Draws.chance(rng, 0.8) ? "APAC" : Draws.pick(rng, REGIONS));
      if (enterprise) {
        attributes.put("industry", Draws.pick(rng, INDUSTRIES));
      }
      attributes.put("plan", plan(enterprise, tier));

      customers.add(
          new CustomerProfile(
              index,
              Ids.of("cust-", index + 1, 5),
              u,
              raw[index] / mean,
              enterprise ? Segment.ENTERPRISE : Segment.INDIVIDUAL,
              tier,
              window,
              productComplexity,
              contract,
              lifetime,
              since,
              chinese,
              preferred,
              attributes));
    }
    return customers;
  }

  private static ValueTier tier(boolean enterprise, RandomGenerator rng) {
    double draw = rng.nextDouble();
    if (enterprise) {
      return draw < 0.25 ? ValueTier.STRATEGIC : draw < 0.70 ? ValueTier.HIGH : ValueTier.STANDARD;
    }
    return draw < 0.10 ? ValueTier.HIGH : draw < 0.65 ? ValueTier.STANDARD : ValueTier.LOW;
  }

  /** Yearly contract value by segment and tier, log-normal around a typical amount. */
  private static Double contract(boolean enterprise, ValueTier tier, RandomGenerator rng) {
    if (!enterprise && Draws.chance(rng, 0.2)) {
      return null;
    }
    double typical =
        switch (tier) {
          case STRATEGIC -> 120_000;
          case HIGH -> enterprise ? 40_000 : 2_400;
          case STANDARD -> enterprise ? 12_000 : 600;
          case LOW -> 120;
        };
    return Math.round(typical * Draws.logNormal(rng, 0.5) * 100) / 100.0;
  }

  private static String plan(boolean enterprise, ValueTier tier) {
    if (enterprise) {
      return tier == ValueTier.STANDARD ? "pro" : "business";
    }
    return switch (tier) {
      case STRATEGIC, HIGH -> "pro";
      case STANDARD -> "plus";
      case LOW -> "basic";
    };
  }

  private static Channel preferredChannel(boolean enterprise, RandomGenerator rng) {
    double[] weights =
        enterprise ? new double[] {0.35, 0.15, 0.45, 0.05} : new double[] {0.15, 0.40, 0.25, 0.20};
    return Channel.values()[Draws.weighted(rng, weights)];
  }

  /**
   * Creation times of all tickets, sorted: each entry holds the offset from the start in seconds in
   * its upper half and the customer's index in its lower half.
   */
  private static long[] schedule(
      SimulationParameters parameters,
      List<CustomerProfile> customers,
      long startSecond,
      RandomGenerator rng) {
    int days = parameters.days();
    DayOfWeek firstDay = parameters.start().getDayOfWeek();
    long[] entries =
        new long[Math.max(16, (int) (customers.size() * TICKETS_PER_MONTH * days / 30 * 1.1))];
    int size = 0;

    for (CustomerProfile customer : customers) {
      int count = Draws.poisson(rng, TICKETS_PER_MONTH * customer.difficulty() * days / 30.0);
      for (int ticket = 0; ticket < count; ticket++) {
        long offset = creationOffset(customer.serviceWindow(), days, firstDay, rng);
        if (size == entries.length) {
          entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[size++] = (offset << 32) | customer.index();
      }
    }

    long[] sorted = Arrays.copyOf(entries, size);
    Arrays.sort(sorted);
    return sorted;
  }

  /** Seconds from the start: business hours on working days, or any time, mostly by day. */
  private static long creationOffset(
      ServiceWindow window, int days, DayOfWeek firstDay, RandomGenerator rng) {
    int day = rng.nextInt(days);
    if (window == ServiceWindow.BUSINESS_HOURS) {
      for (int retry = 0; retry < 4 && weekend(firstDay, day) && Draws.chance(rng, 0.85); retry++) {
        day = rng.nextInt(days);
      }
      return day * 86_400L + (long) Draws.uniform(rng, 8 * 3600, 18 * 3600);
    }
    double second =
        Draws.chance(rng, 0.75)
            ? Draws.uniform(rng, 7 * 3600, 23 * 3600)
            : Draws.uniform(rng, 0, 24 * 3600);
    return day * 86_400L + (long) second;
  }

  private static boolean weekend(DayOfWeek firstDay, int day) {
    DayOfWeek dayOfWeek = firstDay.plus(day);
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
  }

  /** Bad experiences make a customer more likely to be at risk or gone. */
  private static RetentionStatus retention(int badExperiences, RandomGenerator rng) {
    int bad = Math.min(3, badExperiences);
    double churned = 0.01 + 0.05 * bad;
    double atRisk = 0.04 + 0.10 * bad;
    double draw = rng.nextDouble();
    if (draw < churned) {
      return RetentionStatus.CHURNED;
    }
    return draw < churned + atRisk ? RetentionStatus.AT_RISK : RetentionStatus.ACTIVE;
  }

  private static HiddenTruth truth(
      List<AgentProfile> agents,
      List<CustomerProfile> customers,
      int[] poolSizes,
      double[] load,
      double[] poolDifficulty) {
    Map<String, Double> skill = new HashMap<>();
    Map<String, Double> agentLoad = new HashMap<>();
    Map<String, Integer> size = new HashMap<>();
    Map<String, Double> difficultyOfPool = new HashMap<>();
    for (AgentProfile agent : agents) {
      skill.put(agent.id(), agent.skill());
      agentLoad.put(agent.id(), load[agent.index()]);
      size.put(agent.id(), poolSizes[agent.index()]);
      difficultyOfPool.put(agent.id(), poolDifficulty[agent.index()]);
    }
    Map<String, Double> difficulty = new HashMap<>();
    for (CustomerProfile customer : customers) {
      difficulty.put(customer.id(), customer.difficulty());
    }
    return new HiddenTruth(skill, agentLoad, size, difficultyOfPool, difficulty);
  }
}
