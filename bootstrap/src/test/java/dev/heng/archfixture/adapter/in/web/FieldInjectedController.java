package dev.heng.archfixture.adapter.in.web;

import dev.heng.archfixture.application.port.in.ScoreTicketUseCase;
import org.springframework.beans.factory.annotation.Autowired;

/** Breaks "no field injection". */
public class FieldInjectedController {

  @Autowired private ScoreTicketUseCase scoreTicket;

  public ScoreTicketUseCase scoreTicket() {
    return scoreTicket;
  }
}
