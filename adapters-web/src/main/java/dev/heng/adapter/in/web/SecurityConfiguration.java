package dev.heng.adapter.in.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import reactor.core.publisher.Mono;

/**
 * Bearer-key security: every {@code /api/v1} path needs a tenant key, platform paths the platform
 * key; health, metrics and the API description are open. No sessions, no cookies.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
class SecurityConfiguration {

  @Bean
  SecurityWebFilterChain apiSecurity(
      ServerHttpSecurity http, ApiKeyAuthenticationManager manager, ProblemWriter problems) {
    AuthenticationWebFilter bearer = new AuthenticationWebFilter(manager);
    bearer.setServerAuthenticationConverter(
        exchange -> {
          String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
          if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Mono.empty();
          }
          return Mono.just(new BearerToken(header.substring(7).strip()));
        });
    bearer.setAuthenticationFailureHandler(
        (webFilterExchange, error) ->
            problems.write(
                webFilterExchange.getExchange(),
                HttpStatus.UNAUTHORIZED,
                "Unauthorized",
                "the API key is unknown or revoked"));
    bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    bearer.setAuthenticationSuccessHandler(
        (webFilterExchange, authentication) -> {
          if (authentication instanceof CallerAuthentication caller) {
            webFilterExchange
                .getExchange()
                .getAttributes()
                .put(RequestLogFilter.TENANT_ATTRIBUTE, caller.getPrincipal().tenantId().value());
          }
          return webFilterExchange.getChain().filter(webFilterExchange.getExchange());
        });

    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
        .authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers("/api/v1/platform/**")
                    .hasRole("PLATFORM")
                    .pathMatchers("/api/v1/**")
                    .hasRole("TENANT")
                    .anyExchange()
                    .permitAll())
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(
                        (exchange, error) ->
                            problems.write(
                                exchange,
                                HttpStatus.UNAUTHORIZED,
                                "Unauthorized",
                                "send an API key as 'Authorization: Bearer <key>'"))
                    .accessDeniedHandler(
                        (exchange, error) ->
                            problems.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                "Forbidden",
                                "this key may not use this endpoint")))
        .build();
  }
}
