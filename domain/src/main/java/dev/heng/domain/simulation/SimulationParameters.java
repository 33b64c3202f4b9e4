package dev.heng.domain.simulation;

import java.time.LocalDate;

/**
 * The settings of one synthetic tenant. Two generations with equal parameters give equal tenants.
 *
 * <p>The spreads and the noise are multipliers of the documented defaults of {@link OutcomeModel}
 * and of the pool assignment: 1.0 is the plausible tenant, 2.0 a harsher one (twice the standard
 * deviation on the log scale), 0.0 switches the source of variation off.
 *
 * @param seed the seed every random draw derives from
 * @param agents number of agents, 1 to {@value #MAX_AGENTS}
 * @param customers number of customers, at least {@code agents} (every pool holds one or more) and
 *     at most {@value #MAX_CUSTOMERS}
 * @param days length of the simulated period in days, 1 to {@value #MAX_DAYS}
 * @param difficultySpread multiplier of the spread of hidden customer difficulty, 0 to {@value
 *     #MAX_SPREAD}
 * @param loadSpread multiplier of the spread of pool sizes across agents, 0 to {@value #MAX_SPREAD}
 * @param noise multiplier of the ticket-level noise of the outcome model, 0 to {@value #MAX_SPREAD}
 * @param start the first simulated day; every time stamp lies in {@code [start, start + days)} UTC
 * @param chineseShare share of customers (and of knowledge articles) written in Chinese, 0 to 1
 */
public record SimulationParameters(
    long seed,
    int agents,
    int customers,
    int days,
    double difficultySpread,
    double loadSpread,
    double noise,
    LocalDate start,
    double chineseShare) {

  /** Default number of agents. */
  public static final int DEFAULT_AGENTS = 40;

  /** Default customers per agent, the industry baseline pool size. */
  public static final int DEFAULT_CUSTOMERS_PER_AGENT = 40;

  /** Default length of the simulated period in days (four full weeks). */
  public static final int DEFAULT_DAYS = 28;

  /** Default first simulated day. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 11, 1);

  /** Default share of Chinese-speaking customers. */
  public static final double DEFAULT_CHINESE_SHARE = 0.1;

  /** Upper bound of {@code agents}. */
  public static final int MAX_AGENTS = 100_000;

  /** Upper bound of {@code customers}. */
  public static final int MAX_CUSTOMERS = 5_000_000;

  /** Upper bound of {@code days}. */
  public static final int MAX_DAYS = 366;

  /** Upper bound of the spreads and of the noise. */
  public static final double MAX_SPREAD = 5.0;

  /**
   * Checks every parameter.
   *
   * @throws IllegalArgumentException naming the first parameter out of range and its value
   */
  public SimulationParameters {
    if (agents < 1 || agents > MAX_AGENTS) {
      throw new IllegalArgumentException(
          "agents must be between 1 and " + MAX_AGENTS + ", was " + agents);
    }
    if (customers < agents || customers > MAX_CUSTOMERS) {
      throw new IllegalArgumentException(
          "customers must be between agents ("
              + agents
              + ") and "
              + MAX_CUSTOMERS
              + ", was "
              + customers);
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException(
          "days must be between 1 and " + MAX_DAYS + ", was " + days);
    }
    checkMultiplier("difficultySpread", difficultySpread);
    checkMultiplier("loadSpread", loadSpread);
    checkMultiplier("noise", noise);
    if (start == null) {
      throw new IllegalArgumentException("start must not be null, was null");
    }
    if (!(chineseShare >= 0.0 && chineseShare <= 1.0)) {
      throw new IllegalArgumentException(
          "chineseShare must be between 0 and 1, was " + chineseShare);
    }
  }

  /**
   * The default tenant for a seed: {@value #DEFAULT_AGENTS} agents, {@value
   * #DEFAULT_CUSTOMERS_PER_AGENT} customers per agent, {@value #DEFAULT_DAYS} days from {@link
   * #DEFAULT_START}, spreads and noise 1.0, Chinese share {@value #DEFAULT_CHINESE_SHARE}.
   *
   * @param seed the seed of every random draw
   * @return the default parameters, never null
   */
  public static SimulationParameters defaults(long seed) {
    return builder(seed).build();
  }

  /**
   * Starts a builder holding the defaults for a seed.
   *
   * @param seed the seed of every random draw
   * @return a new builder, never null
   */
  public static Builder builder(long seed) {
    return new Builder(seed);
  }

  private static void checkMultiplier(String name, double value) {
    if (!(value >= 0.0 && value <= MAX_SPREAD)) {
      throw new IllegalArgumentException(
          name + " must be between 0 and " + MAX_SPREAD + ", was " + value);
    }
  }

  /**
   * Builds {@link SimulationParameters} from the defaults, changing only what is set. Unless set,
   * {@code customers} follows {@code agents} at {@value
   * SimulationParameters#DEFAULT_CUSTOMERS_PER_AGENT} per agent. Not thread-safe; checks happen in
   * {@link #build()}.
   */
  public static final class Builder {

    private final long seed;
    private int agents = DEFAULT_AGENTS;
    private Integer customers;
    private int days = DEFAULT_DAYS;
    private double difficultySpread = 1.0;
    private double loadSpread = 1.0;
    private double noise = 1.0;
    private LocalDate start = DEFAULT_START;
    private double chineseShare = DEFAULT_CHINESE_SHARE;

    private Builder(long seed) {
      this.seed = seed;
    }

    /** Sets the number of agents; see {@link SimulationParameters#agents()}. */
    public Builder agents(int value) {
      this.agents = value;
      return this;
    }

    /** Sets the number of customers; see {@link SimulationParameters#customers()}. */
    public Builder customers(int value) {
      this.customers = value;
      return this;
    }

    /** Sets the length of the period; see {@link SimulationParameters#days()}. */
    public Builder days(int value) {
      this.days = value;
      return this;
    }

    /** Sets the difficulty spread; see {@link SimulationParameters#difficultySpread()}. */
    public Builder difficultySpread(double value) {
      this.difficultySpread = value;
      return this;
    }

    /** Sets the load spread; see {@link SimulationParameters#loadSpread()}. */
    public Builder loadSpread(double value) {
      this.loadSpread = value;
      return this;
    }

    /** Sets the noise; see {@link SimulationParameters#noise()}. */
    public Builder noise(double value) {
      this.noise = value;
      return this;
    }

    /** Sets the first day; see {@link SimulationParameters#start()}. */
    public Builder start(LocalDate value) {
      this.start = value;
      return this;
    }

    /** Sets the Chinese share; see {@link SimulationParameters#chineseShare()}. */
    public Builder chineseShare(double value) {
      this.chineseShare = value;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters, never null
     * @throws IllegalArgumentException if a value is out of range, naming it
     */
    public SimulationParameters build() {
      int customerCount =
          customers != null
              ? customers
              : (int) Math.min(MAX_CUSTOMERS + 1L, (long) agents * DEFAULT_CUSTOMERS_PER_AGENT);
      return new SimulationParameters(
          seed,
          agents,
          customerCount,
          days,
          difficultySpread,
          loadSpread,
          noise,
          start,
          chineseShare);
    }
  }
}
