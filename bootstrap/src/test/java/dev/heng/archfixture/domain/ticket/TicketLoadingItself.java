package dev.heng.archfixture.domain.ticket;

import dev.heng.archfixture.application.port.out.LoadTicketPort;

/**
 * Breaks the layering and "no cycles": the domain reaches out to an outbound port, whose methods
 * return domain tickets, so domain and application depend on each other.
 */
public final class TicketLoadingItself {

  private final LoadTicketPort loadTicket;

  public TicketLoadingItself(LoadTicketPort loadTicket) {
    this.loadTicket = loadTicket;
  }

  public LoadTicketPort loadTicket() {
    return loadTicket;
  }
}
