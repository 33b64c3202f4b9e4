package dev.heng.adapter.in.web;

import dev.heng.domain.access.Caller;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated tenant caller; its principal is the {@link Caller}. */
final class CallerAuthentication extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final transient Caller caller;

  CallerAuthentication(Caller caller) {
    super(
        List.of(
            new SimpleGrantedAuthority("ROLE_TENANT"),
            new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
    this.caller = caller;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }
}
