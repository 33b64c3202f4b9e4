package dev.heng.bootstrap.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a one-shot command tells its user: figures as {@code name: value} lines, and keys to keep.
 * It goes through a logger that the logging configuration sends to standard output as bare lines,
 * so commands and benchmarks never touch {@code System.out} themselves.
 */
public final class Console {

  private static final Logger log = LoggerFactory.getLogger(Console.class);

  private Console() {}

  /** Prints one {@code name: value} line. */
  public static void figure(String name, Object value) {
    log.info("{}: {}", name, value);
  }

  /** Prints one line of text. */
  public static void line(String text) {
    log.info(text);
  }
}
