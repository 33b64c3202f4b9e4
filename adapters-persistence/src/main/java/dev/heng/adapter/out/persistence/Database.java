package dev.heng.adapter.out.persistence;

import io.r2dbc.spi.ConnectionFactory;
import java.util.Locale;

/** The database behind a connection factory, for the few places whose best SQL differs. */
enum Database {
  POSTGRESQL,
  H2;

  static Database of(ConnectionFactory connectionFactory) {
    String name = connectionFactory.getMetadata().getName().toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    if (name.contains("h2")) {
      return H2;
    }
    throw new IllegalStateException(
        "Heng runs on PostgreSQL or H2, the connection factory is for " + name);
  }
}
