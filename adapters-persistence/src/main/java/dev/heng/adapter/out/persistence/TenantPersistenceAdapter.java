package dev.heng.adapter.out.persistence;

import dev.heng.application.port.out.ApiKeyStorePort;
import dev.heng.application.port.out.StorageException;
import dev.heng.application.port.out.TenantStorePort;
import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.Role;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps tenants and their API keys. */
@Component
public class TenantPersistenceAdapter implements TenantStorePort, ApiKeyStorePort {

  private static final String KEY_COLUMNS =
      "key_id, tenant_id, token_hash, role, agent_id, team_id, label, created_at, revoked_at";

  private final DatabaseClient client;
  private final TransactionalOperator transactions;

  public TenantPersistenceAdapter(DatabaseClient client, TransactionalOperator transactions) {
    this.client = client;
    this.transactions = transactions;
  }

  @Override
  public Mono<Tenant> createWithAdminKey(String name, Instant at, String keyId, String keyHash) {
    Mono<Tenant> work =
        findByName(name)
            .hasElement()
            .flatMap(
                taken -> {
                  if (taken) {
                    return Mono.<Tenant>empty();
                  }
                  return client
                      .sql("INSERT INTO tenants (name, created_at) VALUES (:name, :at)")
                      .bind("name", name)
                      .bind("at", RowValues.time(at))
                      .filter(statement -> statement.returnGeneratedValues("id"))
                      .map(row -> new Tenant(new TenantId(row.get("id", Long.class)), name, at))
                      .one()
                      .flatMap(
                          tenant ->
                              save(
                                      new ApiKey(
                                          keyId,
                                          tenant.id(),
                                          Role.TENANT_ADMIN,
                                          null,
                                          null,
                                          "first admin key",
                                          at,
                                          null),
                                      keyHash)
                                  .thenReturn(tenant));
                });
    return transactions
        .transactional(work)
        .onErrorResume(DataIntegrityViolationException.class, raced -> Mono.empty())
        .onErrorMap(
            error -> !(error instanceof StorageException),
            error -> new StorageException("creating tenant " + name + " failed", error));
  }

  @Override
  public Flux<Tenant> findAll() {
    return client
        .sql("SELECT id, name, created_at FROM tenants ORDER BY id")
        .map(
            row ->
                new Tenant(
                    new TenantId(row.get("id", Long.class)),
                    row.get("name", String.class),
                    RowValues.instant(row, "created_at")))
        .all()
        .onErrorMap(error -> new StorageException("listing tenants failed", error));
  }

  @Override
  public Mono<Tenant> findByName(String name) {
    return client
        .sql("SELECT id, name, created_at FROM tenants WHERE name = :name")
        .bind("name", name)
        .map(
            row ->
                new Tenant(
                    new TenantId(row.get("id", Long.class)),
                    row.get("name", String.class),
                    RowValues.instant(row, "created_at")))
        .one()
        .onErrorMap(error -> new StorageException("finding tenant " + name + " failed", error));
  }

  @Override
  public Mono<StoredKey> findByKeyId(String keyId) {
    return client
        .sql("SELECT " + KEY_COLUMNS + " FROM api_keys WHERE key_id = :key")
        .bind("key", keyId)
        .map(row -> new StoredKey(key(row), row.get("token_hash", String.class)))
        .one()
        .onErrorMap(error -> new StorageException("finding key " + keyId + " failed", error));
  }

  @Override
  public Mono<Void> save(ApiKey key, String tokenHash) {
    DatabaseClient.GenericExecuteSpec spec =
        client
            .sql(
                "INSERT INTO api_keys ("
                    + KEY_COLUMNS
                    + ") VALUES (:key, :tenant, :hash, :role, :agent, :team, :label, :created,"
                    + " NULL)")
            .bind("key", key.keyId())
            .bind("tenant", key.tenantId().value())
            .bind("hash", tokenHash)
            .bind("role", key.role().name())
            .bind("created", RowValues.time(key.createdAt()));
    spec = bindNullable(spec, "agent", key.agentId());
    spec = bindNullable(spec, "team", key.teamId());
    spec = bindNullable(spec, "label", key.label());
    return spec.then()
        .onErrorMap(error -> new StorageException("saving key " + key.keyId() + " failed", error));
  }

  @Override
  public Flux<ApiKey> listByTenant(TenantId tenantId) {
    return client
        .sql(
            "SELECT "
                + KEY_COLUMNS
                + " FROM api_keys WHERE tenant_id = :tenant ORDER BY created_at, key_id")
        .bind("tenant", tenantId.value())
        .map(TenantPersistenceAdapter::key)
        .all()
        .onErrorMap(
            error ->
                new StorageException(
                    "listing keys of tenant " + tenantId.value() + " failed", error));
  }

  @Override
  public Mono<Boolean> revoke(TenantId tenantId, String keyId, Instant at) {
    return client
        .sql(
            "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, :at)"
                + " WHERE tenant_id = :tenant AND key_id = :key")
        .bind("at", RowValues.time(at))
        .bind("tenant", tenantId.value())
        .bind("key", keyId)
        .fetch()
        .rowsUpdated()
        .map(updated -> updated > 0)
        .onErrorMap(error -> new StorageException("revoking key " + keyId + " failed", error));
  }

  private static DatabaseClient.GenericExecuteSpec bindNullable(
      DatabaseClient.GenericExecuteSpec spec, String name, String value) {
    return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
  }

  private static ApiKey key(Readable row) {
    return new ApiKey(
        row.get("key_id", String.class),
        new TenantId(row.get("tenant_id", Long.class)),
        Role.valueOf(row.get("role", String.class)),
        row.get("agent_id", String.class),
        row.get("team_id", String.class),
        row.get("label", String.class),
        RowValues.instant(row, "created_at"),
        RowValues.instant(row, "revoked_at"));
  }
}
