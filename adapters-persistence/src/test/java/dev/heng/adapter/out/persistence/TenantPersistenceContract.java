package dev.heng.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.out.ApiKeyStorePort.StoredKey;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.access.Role;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.util.function.Tuple2;

/**
 * What {@link TenantPersistenceAdapter} promises as a {@code TenantStorePort} and an {@code
 * ApiKeyStorePort}, checked against a real database migrated once per class. Each test uses tenant
 * names of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenantPersistenceContract {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final Instant CREATED = Instant.parse("2025-02-01T10:00:00.123456Z");

  private TestDatabase database;
  private TenantPersistenceAdapter tenants;

  /** Opens the database this contract runs against, wiped and migrated. */
  abstract TestDatabase openDatabase();

  @BeforeAll
  void openDatabaseOnce() {
    database = openDatabase();
  }

  @AfterAll
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void newAdapter() {
    tenants = database.tenants();
  }

  @Test
  void createsATenantWithItsFirstAdminKey() {
    String name = newName();
    ApiKeyToken admin = ApiKeyToken.generate(RANDOM);

    Tenant tenant = tenants.createWithAdminKey(name, CREATED, admin.keyId(), admin.hash()).block();

    assertThat(tenant.name()).isEqualTo(name);
    assertThat(tenant.createdAt()).isEqualTo(CREATED);
    StepVerifier.create(tenants.findByName(name)).expectNext(tenant).verifyComplete();
    StepVerifier.create(tenants.findByKeyId(admin.keyId()))
        .expectNext(
            new StoredKey(
                new ApiKey(
                    admin.keyId(),
                    tenant.id(),
                    Role.TENANT_ADMIN,
                    null,
                    null,
                    "first admin key",
                    CREATED,
                    null),
                admin.hash()))
        .verifyComplete();
  }

  @Test
  void givesEveryTenantItsOwnId() {
    Tenant first = newTenant();
    Tenant second = newTenant();

    assertThat(first.id()).isNotEqualTo(second.id());
  }

  @Test
  void answersNothingAndWritesNothingForATakenName() {
    Tenant existing = newTenant();
    ApiKeyToken second = ApiKeyToken.generate(RANDOM);

    StepVerifier.create(
            tenants.createWithAdminKey(
                existing.name(), CREATED.plusSeconds(1), second.keyId(), second.hash()))
        .verifyComplete();

    StepVerifier.create(tenants.findByKeyId(second.keyId())).verifyComplete();
    StepVerifier.create(tenants.listByTenant(existing.id())).expectNextCount(1).verifyComplete();
    StepVerifier.create(tenants.findByName(existing.name())).expectNext(existing).verifyComplete();
  }

  @Test
  void listsEveryTenantOldestFirst() {
    String first = newName();
    String second = newName();
    ApiKeyToken one = ApiKeyToken.generate(RANDOM);
    ApiKeyToken two = ApiKeyToken.generate(RANDOM);

    Tenant older = tenants.createWithAdminKey(first, CREATED, one.keyId(), one.hash()).block();
    Tenant newer = tenants.createWithAdminKey(second, CREATED, two.keyId(), two.hash()).block();

    assertThat(tenants.findAll().collectList().block())
        .containsSubsequence(older, newer)
        .doesNotHaveDuplicates();
  }

  @Test
  void createsOneTenantWhenTwoAskForTheSameNameAtOnce() {
    String name = newName();
    ApiKeyToken first = ApiKeyToken.generate(RANDOM);
    ApiKeyToken second = ApiKeyToken.generate(RANDOM);

    Tuple2<Optional<Tenant>, Optional<Tenant>> both =
        Mono.zip(createInParallel(name, first), createInParallel(name, second))
            .block(Duration.ofSeconds(30));

    assertThat(both.getT1().isPresent()).isNotEqualTo(both.getT2().isPresent());
    ApiKeyToken winner = both.getT1().isPresent() ? first : second;
    ApiKeyToken loser = both.getT1().isPresent() ? second : first;
    StepVerifier.create(tenants.findByKeyId(winner.keyId())).expectNextCount(1).verifyComplete();
    StepVerifier.create(tenants.findByKeyId(loser.keyId())).verifyComplete();
  }

  @Test
  void createsNoTenantWhenItsAdminKeyCannotBeStored() {
    Tenant existing = newTenant();
    ApiKey taken = tenants.listByTenant(existing.id()).blockFirst();
    String name = newName();

    StepVerifier.create(tenants.createWithAdminKey(name, CREATED, taken.keyId(), "f".repeat(64)))
        .verifyError(StorageException.class);

    StepVerifier.create(tenants.findByName(name)).verifyComplete();
  }

  @Test
  void findsNoTenantOfAnUnknownName() {
    newTenant();

    StepVerifier.create(tenants.findByName("no-such-tenant")).verifyComplete();
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void keepsKeysOfEveryRoleWithTheirBinding(Role role) {
    Tenant tenant = newTenant();
    ApiKeyToken token = ApiKeyToken.generate(RANDOM);
    ApiKey key =
        new ApiKey(
            token.keyId(),
            tenant.id(),
            role,
            role.needsAgent() ? "agent-客服-1" : null,
            role.needsTeam() ? "team-east" : null,
            "desk 4 \"north\" 😀",
            CREATED.plusSeconds(5),
            null);

    tenants.save(key, token.hash()).block();

    StepVerifier.create(tenants.findByKeyId(token.keyId()))
        .expectNext(new StoredKey(key, token.hash()))
        .verifyComplete();
  }

  @Test
  void keepsAKeyWithoutLabel() {
    Tenant tenant = newTenant();
    ApiKey key = key(tenant.id(), CREATED, null);

    tenants.save(key, "0".repeat(64)).block();

    assertThat(tenants.findByKeyId(key.keyId()).block().key().label()).isNull();
  }

  @Test
  void refusesASecondKeyWithTheSameId() {
    Tenant tenant = newTenant();
    ApiKey key = key(tenant.id(), CREATED, "first");
    tenants.save(key, "0".repeat(64)).block();

    StepVerifier.create(tenants.save(key, "1".repeat(64))).verifyError(StorageException.class);

    assertThat(tenants.findByKeyId(key.keyId()).block().tokenHash()).isEqualTo("0".repeat(64));
  }

  @Test
  void findsNoKeyOfAnUnknownId() {
    newTenant();

    StepVerifier.create(tenants.findByKeyId("0123456789abcdef")).verifyComplete();
  }

  @Test
  void listsATenantsKeysOldestFirstRevokedIncluded() {
    Tenant tenant = newTenant();
    Tenant other = newTenant();
    ApiKey admin = tenants.listByTenant(tenant.id()).blockFirst();
    ApiKey newest = key(tenant.id(), CREATED.plusSeconds(30), "newest");
    ApiKey middle = key(tenant.id(), CREATED.plusSeconds(10), "middle");
    tenants.save(newest, "1".repeat(64)).block();
    tenants.save(middle, "2".repeat(64)).block();
    tenants.save(key(other.id(), CREATED.plusSeconds(20), "other's"), "3".repeat(64)).block();
    tenants.revoke(tenant.id(), middle.keyId(), CREATED.plusSeconds(40)).block();

    StepVerifier.create(tenants.listByTenant(tenant.id()).map(ApiKey::keyId))
        .expectNext(admin.keyId(), middle.keyId(), newest.keyId())
        .verifyComplete();
  }

  @Test
  void revokesAKeyOnceAndKeepsTheFirstRevocationTime() {
    Tenant tenant = newTenant();
    ApiKey key = key(tenant.id(), CREATED, "to revoke");
    tenants.save(key, "1".repeat(64)).block();
    Instant first = CREATED.plusSeconds(60);

    StepVerifier.create(tenants.revoke(tenant.id(), key.keyId(), first))
        .expectNext(true)
        .verifyComplete();
    StepVerifier.create(tenants.revoke(tenant.id(), key.keyId(), first.plusSeconds(60)))
        .expectNext(true)
        .verifyComplete();

    ApiKey revoked = tenants.findByKeyId(key.keyId()).block().key();
    assertThat(revoked.revokedAt()).isEqualTo(first);
    assertThat(revoked.active()).isFalse();
  }

  @Test
  void revokesNothingOfAnotherTenant() {
    Tenant owner = newTenant();
    Tenant stranger = newTenant();
    ApiKey key = key(owner.id(), CREATED, "owner's");
    tenants.save(key, "1".repeat(64)).block();

    StepVerifier.create(tenants.revoke(stranger.id(), key.keyId(), CREATED.plusSeconds(1)))
        .expectNext(false)
        .verifyComplete();

    assertThat(tenants.findByKeyId(key.keyId()).block().key().active()).isTrue();
  }

  @Test
  void revokesNothingUnknown() {
    Tenant tenant = newTenant();

    StepVerifier.create(tenants.revoke(tenant.id(), "0123456789abcdef", CREATED))
        .expectNext(false)
        .verifyComplete();
  }

  private static String newName() {
    return "tenant-" + NAMES.incrementAndGet();
  }

  private Tenant newTenant() {
    ApiKeyToken admin = ApiKeyToken.generate(RANDOM);
    return tenants.createWithAdminKey(newName(), CREATED, admin.keyId(), admin.hash()).block();
  }

  private Mono<Optional<Tenant>> createInParallel(String name, ApiKeyToken admin) {
    return tenants
        .createWithAdminKey(name, CREATED, admin.keyId(), admin.hash())
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .subscribeOn(Schedulers.boundedElastic());
  }

  private static ApiKey key(TenantId tenantId, Instant createdAt, String label) {
    return new ApiKey(
        ApiKeyToken.generate(RANDOM).keyId(),
        tenantId,
        Role.QA_REVIEWER,
        null,
        null,
        label,
        createdAt,
        null);
  }
}
