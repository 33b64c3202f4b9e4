package dev.heng.archfixture.domain.ticket;

/** Compliant: a domain value built from the JDK alone. */
public record Ticket(String id) {}
