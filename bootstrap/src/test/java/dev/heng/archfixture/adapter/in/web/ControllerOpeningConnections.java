package dev.heng.archfixture.adapter.in.web;

import io.r2dbc.spi.ConnectionFactory;

/** Breaks "database access stays in the persistence adapter": R2DBC in the web adapter. */
public final class ControllerOpeningConnections {

  private final ConnectionFactory connections;

  public ControllerOpeningConnections(ConnectionFactory connections) {
    this.connections = connections;
  }

  public ConnectionFactory connections() {
    return connections;
  }
}
