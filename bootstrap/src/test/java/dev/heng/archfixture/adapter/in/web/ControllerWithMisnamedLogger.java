package dev.heng.archfixture.adapter.in.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks "loggers are private static final log": the field is named {@code LOGGER}. */
public final class ControllerWithMisnamedLogger {

  private static final Logger LOGGER = LoggerFactory.getLogger(ControllerWithMisnamedLogger.class);

  public void ping() {
    LOGGER.debug("ping");
  }
}
