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
 * The bearer token of an API key: {@code heng_<keyId>_<secret>}. The key id is public and finds the
 * stored key; only the SHA-256 hash of the 256-bit secret is stored, so a leaked database does not
 * leak working keys. The secret carries enough entropy that a slow password hash adds nothing.
 *
 * @param keyId 16 lowercase hex digits
 * @param secret 43 base64url characters
 */
public record ApiKeyToken(String keyId, String secret) {

  private static final Pattern FORMAT = Pattern.compile("heng_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
  private static final HexFormat HEX = HexFormat.of();

  public ApiKeyToken {
    if (keyId == null || secret == null || !FORMAT.matcher(render(keyId, secret)).matches()) {
      throw new IllegalArgumentException("keyId or secret has the wrong form, keyId was " + keyId);
    }
  }

  /** Draws a new key id and secret from {@code random}. */
  public static ApiKeyToken generate(SecureRandom random) {
    byte[] id = new byte[8];
    byte[] secret = new byte[32];
    random.nextBytes(id);
    random.nextBytes(secret);
    return new ApiKeyToken(
        HEX.formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /**
   * Reads a token as a caller presented it.
   *
   * @return the token, or empty when the text is not of the token's form
   */
  public static Optional<ApiKeyToken> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = FORMAT.matcher(text.strip());
    return matcher.matches()
        ? Optional.of(new ApiKeyToken(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  /** The hex SHA-256 of the secret, as stored. */
  public String secretHash() {
    return hash(secret);
  }

  /**
   * Compares the secret with a stored hash in time independent of where they differ.
   *
   * @param storedHash the hex SHA-256 kept for the key id
   */
  public boolean matches(String storedHash) {
    return MessageDigest.isEqual(
        secretHash().getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  /** The full token text, to be shown to its owner once. */
  public String render() {
    return render(keyId, secret);
  }

  @Override
  public String toString() {
    return "ApiKeyToken[keyId=" + keyId + ", secret=<hidden>]";
  }

  private static String render(String keyId, String secret) {
    return "heng_" + keyId + "_" + secret;
  }

  private static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HEX.formatHex(digest.digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
