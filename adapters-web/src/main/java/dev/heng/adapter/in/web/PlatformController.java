package dev.heng.adapter.in.web;

import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.TenantCreation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Operators holding the platform key create tenants. */
@RestController
@RequestMapping("/api/v1/platform")
class PlatformController {

  private final CreateTenantUseCase createTenant;

  PlatformController(CreateTenantUseCase createTenant) {
    this.createTenant = createTenant;
  }

  /**
   * A tenant request.
   *
   * @param name the tenant's name
   */
  record TenantRequest(String name) {}

  @PostMapping("/tenants")
  Mono<ResponseEntity<Object>> create(@RequestBody TenantRequest request) {
    CreateTenantCommand command;
    try {
      command = new CreateTenantCommand(request.name(), null);
    } catch (IllegalArgumentException e) {
      return Mono.just(Problems.invalidParameter("name", e.getMessage()));
    }

    return createTenant
        .create(command)
        .map(
            outcome ->
                switch (outcome) {
                  case TenantCreation.Created created -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("name", created.tenant().name());
                    body.put("createdAt", created.tenant().createdAt());
                    body.put("adminKeyId", created.adminKey().keyId());
                    body.put("adminToken", created.token().text());
                    yield ResponseEntity.status(HttpStatus.CREATED).body((Object) body);
                  }
                  case TenantCreation.NameTaken taken ->
                      Problems.of(
                          HttpStatus.CONFLICT,
                          "Tenant exists",
                          "a tenant named '" + taken.name() + "' exists already");
                });
  }
}
