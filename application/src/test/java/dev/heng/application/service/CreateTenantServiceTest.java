package dev.heng.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.AuthenticateCallerQuery;
import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.TenantCreation;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class CreateTenantServiceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T08:30:00.000001999Z"), ZoneOffset.UTC);
  private static final Instant NOW = Instant.parse("2025-06-01T08:30:00.000001Z");

  private final InMemoryApiKeyStorePort keys = new InMemoryApiKeyStorePort();
  private final InMemoryTenantStorePort tenants = new InMemoryTenantStorePort(keys);
  private final CreateTenantService service =
      new CreateTenantService(tenants, new SecureRandom(), CLOCK);

  @Test
  void createsTenantWithAFreshAdminKey() {
    TenantCreation creation = service.create(new CreateTenantCommand("acme", null)).block();

    TenantCreation.Created created = (TenantCreation.Created) creation;
    assertThat(created.tenant().name()).isEqualTo("acme");
    assertThat(created.tenant().createdAt()).isEqualTo(NOW);
    assertThat(created.adminKey().tenantId()).isEqualTo(created.tenant().id());
    assertThat(created.adminKey().role()).isEqualTo(Role.TENANT_ADMIN);
    assertThat(created.adminKey().keyId()).isEqualTo(created.token().keyId());
    assertThat(created.adminKey().createdAt()).isEqualTo(NOW);
    assertThat(keys.get(created.token().keyId()).tokenHash()).isEqualTo(created.token().hash());
  }

  @Test
  void createsAnAdminKeyThatAuthenticates() {
    TenantCreation.Created created =
        (TenantCreation.Created) service.create(new CreateTenantCommand("acme", null)).block();

    Caller caller =
        new AuthenticateCallerService(keys)
            .authenticate(new AuthenticateCallerQuery(created.token().text()))
            .block();

    assertThat(caller.tenantId()).isEqualTo(created.tenant().id());
    assertThat(caller.role()).isEqualTo(Role.TENANT_ADMIN);
  }

  @Test
  void registersThePresetAdminKey() {
    ApiKeyToken preset = new ApiKeyToken("operator-chosen-admin-key-0001");

    TenantCreation.Created created =
        (TenantCreation.Created) service.create(new CreateTenantCommand("acme", preset)).block();

    assertThat(created.token()).isEqualTo(preset);
    assertThat(created.adminKey().keyId()).isEqualTo(preset.keyId());
    assertThat(keys.get(preset.keyId()).tokenHash()).isEqualTo(preset.hash());
  }

  @Test
  void answersNameTakenAndWritesNothingForAnExistingName() {
    service.create(new CreateTenantCommand("acme", null)).block();

    StepVerifier.create(service.create(new CreateTenantCommand("acme", null)))
        .expectNext(new TenantCreation.NameTaken("acme"))
        .verifyComplete();

    assertThat(tenants.count()).isEqualTo(1);
    assertThat(keys.all()).hasSize(1);
  }
}
