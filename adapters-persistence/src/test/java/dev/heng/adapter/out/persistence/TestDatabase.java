package dev.heng.adapter.out.persistence;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * A freshly migrated database for adapter tests: H2 in a temporary directory always, PostgreSQL
 * when {@code HENG_TEST_PG_URL} names a database the tests may wipe. Connections come from a pool,
 * as they do in the service. Other modules reach it through this module's test jar; a test class
 * that needs PostgreSQL is marked {@link RequiresPostgres}.
 */
public final class TestDatabase implements AutoCloseable {

  /** The environment variable naming the PostgreSQL database the tests may wipe. */
  public static final String PG_URL_VARIABLE = "HENG_TEST_PG_URL";

  final DatabaseUrls urls;
  final Database database;
  final ConnectionPool connectionFactory;
  final DatabaseClient client;
  final TransactionalOperator transactions;

  private TestDatabase(DatabaseUrls urls) {
    this.urls = urls;
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
        .javaMigrations(AnalysisJobsWithoutForeignKeys.INSTANCE)
        .load()
        .migrate();

    ConnectionFactoryOptions.Builder builder =
        ConnectionFactoryOptions.parse(urls.r2dbc())
            .mutate()
            .option(ConnectionFactoryOptions.USER, user)
            .option(ConnectionFactoryOptions.PASSWORD, password);
    urls.r2dbcOptions().forEach((option, value) -> builder.option(Option.valueOf(option), value));
    ConnectionFactoryOptions options = builder.build();
    this.connectionFactory =
        new ConnectionPool(
            ConnectionPoolConfiguration.builder(ConnectionFactories.get(options))
                .maxSize(8)
                .maxAcquireTime(Duration.ofSeconds(30))
                .build());
    this.database = Database.of(connectionFactory);
    this.client = DatabaseClient.create(connectionFactory);
    this.transactions =
        TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory));
  }

  /** An H2 file database in {@code directory}, migrated. */
  public static TestDatabase h2(Path directory) {
    return new TestDatabase(DatabaseUrls.h2File(directory.resolve("heng").toString()));
  }

  /** The PostgreSQL database named by {@code HENG_TEST_PG_URL}, wiped and migrated; or empty. */
  public static Optional<TestDatabase> postgres() {
    return postgresUrl().map(url -> new TestDatabase(DatabaseUrls.parse(url)));
  }

  /** The URL in {@code HENG_TEST_PG_URL}, stripped, or empty when it is unset or blank. */
  public static Optional<String> postgresUrl() {
    String url = System.getenv(PG_URL_VARIABLE);
    return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
  }

  /**
   * The Spring properties that point a service at this database: {@code spring.r2dbc.*} and {@code
   * spring.flyway.*}, with the user and password filled in.
   */
  public Map<String, Object> springProperties() {
    return urls.properties(null, null);
  }

  /** The pooled connection factory of this database; closed by {@link #close()}. */
  public ConnectionFactory connectionFactory() {
    return connectionFactory;
  }

  /** Closes the pool and with it every connection. */
  @Override
  public void close() {
    connectionFactory.dispose();
  }

  RecordPersistenceAdapter records(Clock clock) {
    return new RecordPersistenceAdapter(client, transactions, connectionFactory, clock);
  }

  AnalysisQueuePersistenceAdapter analysisQueue(Clock clock) {
    return new AnalysisQueuePersistenceAdapter(client, transactions, connectionFactory, clock);
  }

  AttainmentPersistenceAdapter attainment() {
    return new AttainmentPersistenceAdapter(client, transactions, connectionFactory);
  }

  AlertPersistenceAdapter alerts() {
    return new AlertPersistenceAdapter(client, transactions);
  }

  WebhookPersistenceAdapter webhooks() {
    return new WebhookPersistenceAdapter(client, transactions);
  }

  TenantPersistenceAdapter tenants() {
    return new TenantPersistenceAdapter(client, transactions);
  }
}
