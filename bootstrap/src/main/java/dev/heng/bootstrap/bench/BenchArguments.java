package dev.heng.bootstrap.bench;

import java.util.List;
import org.springframework.boot.ApplicationArguments;

/** Reads the {@code --name value} options of benchmark commands. */
final class BenchArguments {

  private BenchArguments() {}

  /**
   * Reads a positive integer option given as {@code --name=N} or {@code --name N}.
   *
   * @throws IllegalArgumentException naming the option when its value is not a positive integer
   */
  static int intOption(ApplicationArguments arguments, String name, int fallback) {
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
}
