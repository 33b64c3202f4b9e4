package dev.heng.domain.emotion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies what produced a sentiment result, so results of different models or settings are never
 * mixed and history can be analysed again when either changes.
 *
 * @param name the analyser's name, such as {@code heng-corenlp}
 * @param modelVersion the version of the model it ran, such as {@code corenlp-4.5.10-sr}
 * @param settings the settings that change its output, as {@code key=value} pairs
 */
public record Analyser(String name, String modelVersion, String settings) {

  public Analyser {
    name = nonBlank("name", name, 100);
    modelVersion = nonBlank("modelVersion", modelVersion, 100);
    settings = nonBlank("settings", settings, 1_000);
  }

  /**
   * A short stable key of name, model version and settings: equal for equal analysers, different
   * (with overwhelming probability) otherwise.
   *
   * @return 32 lower-case hex characters
   */
  public String key() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (name + '\n' + modelVersion + '\n' + settings).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  private static String nonBlank(String argument, String value, int maxLength) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(
          argument + " must be 1.." + maxLength + " characters, was '" + value + "'");
    }
    return value;
  }
}
