package dev.heng.domain.simulation;

/** The emotional tone of one customer message, from the customer's mood at that moment. */
enum Tone {
  ANGRY,
  UPSET,
  NEUTRAL,
  PLEASED;

  private static final double ANGRY_BELOW = -1.2;
  private static final double UPSET_BELOW = -0.4;
  private static final double NEUTRAL_BELOW = 0.5;

  /**
   * The tone of a mood on the experience scale of {@link OutcomeModel}: below -1.2 angry, below
   * -0.4 upset, below 0.5 neutral, otherwise pleased.
   */
  static Tone of(double mood) {
    if (mood < ANGRY_BELOW) {
      return ANGRY;
    }
    if (mood < UPSET_BELOW) {
      return UPSET;
    }
    return mood < NEUTRAL_BELOW ? NEUTRAL : PLEASED;
  }

  /** Whether an agent should open with an apology. */
  boolean unhappy() {
    return this == ANGRY || this == UPSET;
  }
}
