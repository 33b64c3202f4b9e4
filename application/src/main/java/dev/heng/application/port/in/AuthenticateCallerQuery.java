package dev.heng.application.port.in;

/**
 * Asks who presented a bearer token.
 *
 * @param token the token text as presented, never null
 */
public record AuthenticateCallerQuery(String token) {

  public AuthenticateCallerQuery {
    if (token == null) {
      throw new IllegalArgumentException("token must not be null");
    }
  }

  @Override
  public String toString() {
    return "AuthenticateCallerQuery[token=<hidden>]";
  }
}
