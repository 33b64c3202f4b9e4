package dev.heng.archfixture.adapter.out.persistence;

import dev.heng.archfixture.domain.ticket.Ticket;

/** Breaks "no generic exceptions": it throws a bare {@code RuntimeException}. */
public final class PersistenceThrowingRuntimeException {

  public void save(Ticket ticket) {
    if (ticket.id().isBlank()) {
      throw new RuntimeException("cannot save");
    }
  }
}
