package dev.heng.bootstrap.cli;

import org.springframework.boot.ApplicationArguments;

/** A launcher command beyond the built-in tenant commands, such as a benchmark or evaluation. */
public interface OneShotCommand {

  /** The two words that name it, such as {@code bench intake}. */
  String name();

  /** One line of usage, such as {@code bench intake --events N}. */
  String usage();

  /**
   * Runs the command, printing its figures through {@link Console}.
   *
   * @return the exit code: 0 for success, 1 for failure, 2 for bad usage
   */
  int run(ApplicationArguments arguments) throws Exception;
}
