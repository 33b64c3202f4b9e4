package dev.heng.application.port.in;

/** What became of a caller's request to compute a range of hours. */
public sealed interface AttainmentRunOutcome {

  /**
   * The hours were computed.
   *
   * @param run what was done
   */
  record Computed(AttainmentRun run) implements AttainmentRunOutcome {
    /**
     * @throws IllegalArgumentException if run is null
     */
    public Computed {
      if (run == null) {
        throw new IllegalArgumentException("run must not be null");
      }
    }
  }

  /**
   * The caller may not compute hours; nothing was done.
   *
   * @param reason why, readable by the caller
   */
  record Forbidden(String reason) implements AttainmentRunOutcome {
    /**
     * @throws IllegalArgumentException if reason is null or blank
     */
    public Forbidden {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("reason must not be blank, was " + reason);
      }
    }
  }
}
