package dev.heng.adapter.in.web;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An operator who presented the platform key. */
final class PlatformAuthentication extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  PlatformAuthentication() {
    super(List.of(new SimpleGrantedAuthority("ROLE_PLATFORM")));
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return "platform-operator";
  }
}
