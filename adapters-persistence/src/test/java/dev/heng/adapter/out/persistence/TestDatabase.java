package dev.heng.adapter.out.persistence;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * A freshly migrated database for adapter tests: H2 in a temporary directory always, PostgreSQL
 * when {@code HENG_TEST_PG_URL} names a database the tests may wipe.
 */
final class TestDatabase {

  static final String PG_URL_VARIABLE = "HENG_TEST_PG_URL";

  final Database database;
  final ConnectionFactory connectionFactory;
  final DatabaseClient client;
  final TransactionalOperator transactions;

  private TestDatabase(DatabaseUrls urls) {
    Map<String, Object> properties = urls.properties(null, null);
    String user = (String) properties.get("spring.r2dbc.username");
    String password = (String) properties.get("spring.r2dbc.password");
    Flyway.configure()
        .dataSource(urls.jdbc(), user, password)
        .locations("classpath:db/migration")
        .cleanDisabled(false)
        .load()
        .clean();
    Flyway.configure()
        .dataSource(urls.jdbc(), user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();

    ConnectionFactoryOptions options =
        ConnectionFactoryOptions.parse(urls.r2dbc())
            .mutate()
            .option(ConnectionFactoryOptions.USER, user)
            .option(ConnectionFactoryOptions.PASSWORD, password)
            .build();
    this.connectionFactory = ConnectionFactories.get(options);
    this.database = Database.of(connectionFactory);
    this.client = DatabaseClient.create(connectionFactory);
    this.transactions =
        TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory));
  }

  /** An H2 file database in {@code directory}, migrated. */
  static TestDatabase h2(Path directory) {
    return new TestDatabase(DatabaseUrls.h2File(directory.resolve("heng").toString()));
  }

  /** The PostgreSQL database named by {@code HENG_TEST_PG_URL}, wiped and migrated; or empty. */
  static Optional<TestDatabase> postgres() {
    String url = System.getenv(PG_URL_VARIABLE);
    return url == null || url.isBlank()
        ? Optional.empty()
        : Optional.of(new TestDatabase(DatabaseUrls.parse(url.strip())));
  }

  RecordPersistenceAdapter records(Clock clock) {
    return new RecordPersistenceAdapter(client, transactions, connectionFactory, clock);
  }

  TenantPersistenceAdapter tenants() {
    return new TenantPersistenceAdapter(client, transactions);
  }
}
