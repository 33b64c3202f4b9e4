package dev.heng.archfixture.bootstrap;

import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;

/**
 * Breaks "database access stays in the persistence adapter": bootstrap may wire the persistence
 * adapter but does not configure R2DBC or Spring Data itself.
 */
public final class R2dbcConfiguredInBootstrap {

  private final R2dbcEntityTemplate template;

  public R2dbcConfiguredInBootstrap(R2dbcEntityTemplate template) {
    this.template = template;
  }

  public R2dbcEntityTemplate template() {
    return template;
  }
}
