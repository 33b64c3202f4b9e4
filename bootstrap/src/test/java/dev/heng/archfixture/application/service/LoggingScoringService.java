package dev.heng.archfixture.application.service;

import dev.heng.archfixture.domain.ticket.Ticket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Breaks "the core does not log". Its logger field itself is declared the house way, so the
 * logger-field rule must not report it.
 */
public final class LoggingScoringService {

  private static final Logger log = LoggerFactory.getLogger(LoggingScoringService.class);

  public Mono<Ticket> rescore(Ticket ticket) {
    log.debug("rescoring ticket {}", ticket.id());
    return Mono.just(ticket);
  }
}
