package dev.heng.archfixture.application.service;

import dev.heng.archfixture.domain.ticket.Ticket;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Breaks "the core does not use Spring": a transaction annotation on an application service. */
@Transactional
public class TransactionalScoringService {

  public Mono<Ticket> rescore(Ticket ticket) {
    return Mono.just(ticket);
  }
}
