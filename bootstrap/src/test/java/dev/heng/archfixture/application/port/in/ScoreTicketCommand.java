package dev.heng.archfixture.application.port.in;

/** Compliant: the command of {@link ScoreTicketUseCase}. */
public record ScoreTicketCommand(String ticketId) {}
