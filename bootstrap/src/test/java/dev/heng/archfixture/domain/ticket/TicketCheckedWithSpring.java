package dev.heng.archfixture.domain.ticket;

import org.springframework.util.Assert;

/** Breaks "the domain depends only on the JDK" and "the core does not use Spring". */
public record TicketCheckedWithSpring(String id) {

  public TicketCheckedWithSpring {
    Assert.hasText(id, "id must not be blank");
  }
}
