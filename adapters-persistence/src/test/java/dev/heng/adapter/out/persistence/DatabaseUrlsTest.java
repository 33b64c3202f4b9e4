package dev.heng.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlsTest {

  /** The file R2DBC will open for a URL: its database option without the H2 settings. */
  private static String r2dbcFile(DatabaseUrls urls) {
    Object database =
        ConnectionFactoryOptions.parse(urls.r2dbc())
            .getRequiredValue(ConnectionFactoryOptions.DATABASE);
    return database.toString().split(";", 2)[0];
  }

  @Test
  void pointsBothUrlsAtTheSameAbsoluteH2File() {
    DatabaseUrls urls = DatabaseUrls.h2File("/var/lib/heng/db");

    assertThat(r2dbcFile(urls)).isEqualTo("/var/lib/heng/db");
    assertThat(urls.jdbc()).startsWith("jdbc:h2:file:/var/lib/heng/db;MODE=PostgreSQL;");
  }

  @Test
  void pointsBothUrlsAtTheSameRelativeH2File() {
    DatabaseUrls urls = DatabaseUrls.h2File("./data/heng");

    assertThat(r2dbcFile(urls)).isEqualTo("./data/heng");
    assertThat(urls.jdbc()).startsWith("jdbc:h2:file:./data/heng;MODE=PostgreSQL;");
  }

  @Test
  void readsH2UrlsInEitherFormIntoTheSameFile() {
    DatabaseUrls fromJdbc = DatabaseUrls.parse("jdbc:h2:file:/var/lib/heng/db;MODE=PostgreSQL");
    DatabaseUrls fromR2dbc = DatabaseUrls.parse("r2dbc:h2:file:////var/lib/heng/db");
    DatabaseUrls relative = DatabaseUrls.parse("r2dbc:h2:file:///./data/heng");

    assertThat(fromJdbc).isEqualTo(DatabaseUrls.h2File("/var/lib/heng/db"));
    assertThat(fromR2dbc).isEqualTo(DatabaseUrls.h2File("/var/lib/heng/db"));
    assertThat(relative).isEqualTo(DatabaseUrls.EMBEDDED_H2);
  }

  @Test
  void readsPostgresUrlsInEveryForm() {
    DatabaseUrls expected =
        new DatabaseUrls(
            "r2dbc:postgresql://db.example:5432/heng", "jdbc:postgresql://db.example:5432/heng");

    assertThat(DatabaseUrls.parse("postgresql://db.example:5432/heng")).isEqualTo(expected);
    assertThat(DatabaseUrls.parse("postgres://db.example:5432/heng")).isEqualTo(expected);
    assertThat(DatabaseUrls.parse("jdbc:postgresql://db.example:5432/heng")).isEqualTo(expected);
    assertThat(DatabaseUrls.parse("r2dbc:postgresql://db.example:5432/heng")).isEqualTo(expected);
  }

  @Test
  void takesUserAndPasswordFromThePostgresUrlUnlessGiven() {
    DatabaseUrls urls = DatabaseUrls.parse("postgresql://heng:s3cret@db.example/heng");

    Map<String, Object> fromUrl = urls.properties(null, null);
    Map<String, Object> given = urls.properties("ops", "other");

    assertThat(urls.r2dbc()).isEqualTo("r2dbc:postgresql://db.example/heng");
    assertThat(fromUrl)
        .containsEntry("spring.r2dbc.username", "heng")
        .containsEntry("spring.flyway.user", "heng")
        .containsEntry("spring.r2dbc.password", "s3cret");
    assertThat(given)
        .containsEntry("spring.r2dbc.username", "ops")
        .containsEntry("spring.flyway.password", "other");
  }

  @Test
  void asksPostgresForBinaryResultsAndH2ForNothingMore() {
    assertThat(DatabaseUrls.parse("postgresql://localhost/heng").properties(null, null))
        .containsEntry("spring.r2dbc.properties.forceBinary", "true");
    assertThat(DatabaseUrls.EMBEDDED_H2.properties(null, null))
        .doesNotContainKey("spring.r2dbc.properties.forceBinary");
    assertThat(DatabaseUrls.EMBEDDED_H2.r2dbcOptions()).isEmpty();
  }

  @Test
  void defaultsToSaOnH2AndToTheOperatingSystemUserOnPostgres() {
    assertThat(DatabaseUrls.EMBEDDED_H2.properties(null, null))
        .containsEntry("spring.r2dbc.username", "sa")
        .containsEntry("spring.r2dbc.password", "");
    assertThat(DatabaseUrls.parse("postgresql://localhost/heng").properties(null, null))
        .containsEntry("spring.r2dbc.username", System.getProperty("user.name"));
  }

  @Test
  void refusesUrlsOfOtherDatabasesNamingThem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatabaseUrls.parse("jdbc:mysql://localhost/heng"))
        .withMessageContaining("'jdbc:mysql://localhost/heng'");
  }
}
