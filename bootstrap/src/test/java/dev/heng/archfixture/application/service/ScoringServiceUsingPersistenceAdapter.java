package dev.heng.archfixture.application.service;

import dev.heng.archfixture.adapter.out.persistence.TicketPersistenceAdapter;

/** Breaks the layering: the application uses an adapter instead of its outbound port. */
public final class ScoringServiceUsingPersistenceAdapter {

  private final TicketPersistenceAdapter persistence;

  public ScoringServiceUsingPersistenceAdapter(TicketPersistenceAdapter persistence) {
    this.persistence = persistence;
  }

  public TicketPersistenceAdapter persistence() {
    return persistence;
  }
}
