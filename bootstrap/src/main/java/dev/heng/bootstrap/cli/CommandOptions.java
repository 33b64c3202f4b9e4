package dev.heng.bootstrap.cli;

import java.util.List;
import org.springframework.boot.ApplicationArguments;

/** Reads the {@code --name value} options of the launcher's commands. */
public final class CommandOptions {

  private CommandOptions() {}

  /**
   * Reads a positive integer option given as {@code --name=N} or {@code --name N}.
   *
   * @throws IllegalArgumentException naming the option when its value is not a positive integer
   */
  public static int intOption(ApplicationArguments arguments, String name, int fallback) {
    String value = raw(arguments, name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.replace("_", "").replace(",", ""));
      if (parsed <= 0) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--" + name + " must be a positive whole number, was '" + value + "'", e);
    }
  }

  /**
   * Reads a whole number option given as {@code --name=N} or {@code --name N}.
   *
   * @throws IllegalArgumentException naming the option when its value is not a whole number
   */
  public static long longOption(ApplicationArguments arguments, String name, long fallback) {
    String value = raw(arguments, name);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--" + name + " must be a whole number, was '" + value + "'", e);
    }
  }

  /**
   * Reads a decimal option given as {@code --name=X} or {@code --name X}.
   *
   * @throws IllegalArgumentException naming the option when its value is not a finite number
   */
  public static double doubleOption(ApplicationArguments arguments, String name, double fallback) {
    String value = raw(arguments, name);
    if (value == null) {
      return fallback;
    }
    try {
      double parsed = Double.parseDouble(value);
      if (!Double.isFinite(parsed)) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a number, was '" + value + "'", e);
    }
  }

  private static String raw(ApplicationArguments arguments, String name) {
    String value = null;
    List<String> values = arguments.getOptionValues(name);
    if (values != null && !values.isEmpty() && values.getFirst() != null) {
      value = values.getFirst();
    } else {
      List<String> words = arguments.getNonOptionArgs();
      String[] raw = arguments.getSourceArgs();
      for (int i = 0; i + 1 < raw.length; i++) {
        if (raw[i].equals("--" + name) && words.contains(raw[i + 1])) {
          value = raw[i + 1];
        }
      }
    }
    return value;
  }
}
