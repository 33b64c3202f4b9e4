package dev.heng.adapter.out.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook: {@code v1=} and the lower-case hex HMAC-SHA256, keyed with the UTF-8
 * bytes of the endpoint's secret, of {@code <timestamp>.<body>} where the timestamp is the {@code
 * Heng-Timestamp} header (seconds since the epoch). Receivers recompute it over the raw body and
 * compare in constant time, and refuse timestamps too far from their clock to stop replays.
 */
public final class WebhookSignature {

  /** The header that carries the signature. */
  public static final String SIGNATURE_HEADER = "Heng-Signature";

  /** The header that carries the signed timestamp. */
  public static final String TIMESTAMP_HEADER = "Heng-Timestamp";

  /** The header that carries the event id. */
  public static final String EVENT_ID_HEADER = "Heng-Event-Id";

  /** The header that carries the event type. */
  public static final String EVENT_TYPE_HEADER = "Heng-Event-Type";

  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /** The signature header value for the body sent at {@code timestamp} seconds. */
  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1=" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
    }
  }

  /** Whether {@code signature} is the signature of the body at {@code timestamp}. */
  public static boolean verify(String secret, long timestamp, String body, String signature) {
    if (signature == null) {
      return false;
    }
    byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }
}
