package dev.heng.adapter.in.web;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A bearer token presented but not yet checked. */
final class BearerToken extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final String token;

  BearerToken(String token) {
    super(List.of());
    this.token = token;
  }

  @Override
  public String getCredentials() {
    return token;
  }

  @Override
  public Object getPrincipal() {
    return "bearer";
  }

  @Override
  public String toString() {
    return "BearerToken[<hidden>]";
  }
}
