package dev.heng.domain.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which URLs webhooks may be sent to. By default only {@code https} URLs whose host is a public
 * address: loopback, private (RFC 1918, IPv6 unique local, shared 100.64/10), link-local,
 * unspecified and multicast addresses are refused, so that a tenant cannot aim Heng at its own
 * network. Host names are checked here as far as they can be without a DNS lookup ({@code
 * localhost}); the sender checks each resolved address again with {@link #addressProblem} before it
 * connects.
 *
 * @param allowHttp whether plain {@code http} URLs are accepted (for tests and closed networks)
 * @param allowPrivateAddresses whether loopback, private and link-local hosts are accepted (for
 *     tests)
 */
public record WebhookUrlPolicy(boolean allowHttp, boolean allowPrivateAddresses) {

  /** The policy for production: https to public addresses only. */
  public static final WebhookUrlPolicy STRICT = new WebhookUrlPolicy(false, false);

  /** The longest URL accepted, in characters. */
  public static final int MAX_LENGTH = 2000;

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /**
   * Checks a URL as given by a caller.
   *
   * @param url the URL, may be null
   * @return accepted with the parsed URI, or refused with the reason
   */
  public UrlCheck check(String url) {
    if (url == null || url.isBlank()) {
      return new UrlCheck.Refused("url is required");
    }
    if (url.length() > MAX_LENGTH) {
      return new UrlCheck.Refused("url must be at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return new UrlCheck.Refused("url is not a valid URI: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
      return new UrlCheck.Refused(
          allowHttp ? "url must use https or http" : "url must use https, was '" + scheme + "'");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return new UrlCheck.Refused("url must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      return new UrlCheck.Refused("url must not carry credentials");
    }
    if (uri.getRawFragment() != null) {
      return new UrlCheck.Refused("url must not have a fragment");
    }
    if (allowPrivateAddresses) {
      return new UrlCheck.Accepted(uri);
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return new UrlCheck.Refused("url must not name a loopback host, was " + host);
    }
    if (IPV4.matcher(host).matches() || host.startsWith("[")) {
      InetAddress address = literal(host);
      if (address == null) {
        return new UrlCheck.Refused("url has an invalid address: " + host);
      }
      String problem = addressProblem(address);
      if (problem != null) {
        return new UrlCheck.Refused("url must not name " + problem + ", was " + host);
      }
    }
    return new UrlCheck.Accepted(uri);
  }

  /**
   * Why a resolved address may not be sent to, or null when it may. Always null when private
   * addresses are allowed.
   */
  public String addressProblem(InetAddress address) {
    if (allowPrivateAddresses) {
      return null;
    }
    if (address.isLoopbackAddress()) {
      return "a loopback address";
    }
    if (address.isAnyLocalAddress()) {
      return "an unspecified address";
    }
    if (address.isLinkLocalAddress()) {
      return "a link-local address";
    }
    if (address.isSiteLocalAddress() || uniqueLocal(address) || sharedAddressSpace(address)) {
      return "a private address";
    }
    if (address.isMulticastAddress()) {
      return "a multicast address";
    }
    return null;
  }

  /** IPv6 unique local addresses, fc00::/7. */
  private static boolean uniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
  }

  /** The carrier-grade NAT range 100.64.0.0/10. */
  private static boolean sharedAddressSpace(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
  }

  /**
   * Parses an IPv4 literal or a bracketed IPv6 literal, or answers null when it is not a valid one.
   * Octets are checked first, so that no text reaches a DNS lookup.
   */
  private static InetAddress literal(String host) {
    if (!host.startsWith("[")) {
      for (String octet : host.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return null;
        }
      }
    } else if (!host.endsWith("]") || !host.substring(1, host.length() - 1).contains(":")) {
      return null;
    }
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
