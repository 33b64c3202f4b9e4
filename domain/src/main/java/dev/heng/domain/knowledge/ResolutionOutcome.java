package dev.heng.domain.knowledge;

/**
 * How well a ticket's resolution worked, as a weight in [0, 1]. An open ticket weighs 0. A resolved
 * one weighs
 *
 * <pre>
 * weight = 0.3 * firstContact + 0.3 * notReopened + 0.25 * satisfied + 0.15 * shortHandling
 * </pre>
 *
 * where {@code firstContact} is 1 when it was resolved without escalation and never reopened (the
 * records carry no contact count, so this is the nearest they allow), {@code notReopened} is 1 when
 * its reopen count is 0, {@code satisfied} is {@code (rating - 1) / 4} or 0.5 when unrated, and
 * {@code shortHandling} is {@code 1 / (1 + handleSeconds / 1800)} or 0.5 when unknown: 1 for no
 * time, 0.5 at half an hour.
 *
 * @param resolved whether the ticket is resolved
 * @param firstContact whether it was resolved at first contact, as defined above
 * @param reopened whether it was reopened at least once
 * @param satisfaction the rating 1..5, or null when unrated
 * @param handleSeconds the working time in seconds, or null when unknown
 * @param weight the weight defined above, in [0, 1]
 */
public record ResolutionOutcome(
    boolean resolved,
    boolean firstContact,
    boolean reopened,
    Integer satisfaction,
    Integer handleSeconds,
    double weight) {

  /** Handle time, in seconds, at which {@code shortHandling} is one half. */
  public static final double HALF_WEIGHT_HANDLE_SECONDS = 1800;

  private static final double FIRST_CONTACT_SHARE = 0.3;
  private static final double NOT_REOPENED_SHARE = 0.3;
  private static final double SATISFIED_SHARE = 0.25;
  private static final double SHORT_HANDLING_SHARE = 0.15;
  private static final double UNKNOWN = 0.5;

  /**
   * @throws IllegalArgumentException if {@code weight} is outside [0, 1]
   */
  public ResolutionOutcome {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be within [0, 1], was " + weight);
    }
  }

  /** The outcome of a ticket. */
  public static ResolutionOutcome of(KnowledgeTicket ticket) {
    boolean resolved = ticket.resolved();
    boolean reopened = ticket.reopenCount() > 0;
    // Known gap: the records carry no contact count, so first contact is approximated as resolved,
    // not escalated and never reopened.
    boolean firstContact = resolved && !reopened && !ticket.escalated();
    if (!resolved) {
      return new ResolutionOutcome(
          false, false, reopened, ticket.satisfaction(), ticket.handleSeconds(), 0.0);
    }

    double satisfied = ticket.satisfaction() == null ? UNKNOWN : (ticket.satisfaction() - 1) / 4.0;
    double shortHandling =
        ticket.handleSeconds() == null
            ? UNKNOWN
            : 1.0 / (1.0 + ticket.handleSeconds() / HALF_WEIGHT_HANDLE_SECONDS);
    double weight =
        FIRST_CONTACT_SHARE * (firstContact ? 1 : 0)
            + NOT_REOPENED_SHARE * (reopened ? 0 : 1)
            + SATISFIED_SHARE * satisfied
            + SHORT_HANDLING_SHARE * shortHandling;
    return new ResolutionOutcome(
        true, firstContact, reopened, ticket.satisfaction(), ticket.handleSeconds(), weight);
  }
}
