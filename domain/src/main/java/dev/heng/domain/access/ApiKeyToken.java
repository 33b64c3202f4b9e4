package dev.heng.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bearer token of an API key. Keys this service issues read {@code heng_<keyId>_<secret>}: the
 * 16-hex-digit key id is public and finds the stored key, the 256-bit secret is never stored. An
 * operator may also preset a key of their own (20 to 200 visible ASCII characters); its key id is
 * then derived from its hash.
 *
 * <p>Only the SHA-256 hash of the whole token is stored, so a leaked database leaks no working key.
 * The tokens carry enough entropy that a slow password hash would add nothing.
 *
 * @param text the token as its owner presents it
 */
public record ApiKeyToken(String text) {

  private static final Pattern ISSUED = Pattern.compile("heng_([0-9a-f]{16})_[A-Za-z0-9_-]{43}");
  private static final Pattern PRESET = Pattern.compile("[\\x21-\\x7e]{20,200}");
  private static final HexFormat HEX = HexFormat.of();

  public ApiKeyToken {
    if (text == null || !PRESET.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "an API key must be 20 to 200 visible ASCII characters without spaces");
    }
  }

  /** Draws a new token from {@code random}. */
  public static ApiKeyToken generate(SecureRandom random) {
    byte[] id = new byte[8];
    byte[] secret = new byte[32];
    random.nextBytes(id);
    random.nextBytes(secret);
    return new ApiKeyToken(
        "heng_"
            + HEX.formatHex(id)
            + "_"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /**
   * Reads a token as a caller presented it.
   *
   * @return the token, or empty when the text cannot be a token
   */
  public static Optional<ApiKeyToken> parse(String text) {
    if (text == null || !PRESET.matcher(text.strip()).matches()) {
      return Optional.empty();
    }
    return Optional.of(new ApiKeyToken(text.strip()));
  }

  /** The public id that finds the stored key: 16 lowercase hex digits. */
  public String keyId() {
    Matcher issued = ISSUED.matcher(text);
    return issued.matches() ? issued.group(1) : hash().substring(0, 16);
  }

  /** The hex SHA-256 of the token, as stored. */
  public String hash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  /**
   * Compares this token with a stored hash in time independent of where they differ.
   *
   * @param storedHash the hex SHA-256 kept for the key id
   */
  public boolean matches(String storedHash) {
    return MessageDigest.isEqual(
        hash().getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "ApiKeyToken[keyId=" + keyId() + "]";
  }
}
