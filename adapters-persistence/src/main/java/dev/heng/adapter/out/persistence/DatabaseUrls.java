package dev.heng.adapter.out.persistence;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two URLs one database needs here: R2DBC for the service, JDBC for Flyway's migrations.
 * Accepts either form, or a plain {@code postgresql://} URL, and derives the other.
 *
 * @param r2dbc the R2DBC URL, such as {@code r2dbc:postgresql://127.0.0.1:5432/heng}
 * @param jdbc the JDBC URL, such as {@code jdbc:postgresql://127.0.0.1:5432/heng}
 */
public record DatabaseUrls(String r2dbc, String jdbc, String user, String password) {

  public DatabaseUrls(String r2dbc, String jdbc) {
    this(r2dbc, jdbc, null, null);
  }

  /** The embedded default: an H2 file database under {@code ./data}. */
  public static final DatabaseUrls EMBEDDED_H2 = h2File("./data/heng");

  public static DatabaseUrls h2File(String path) {
    String options = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    // R2DBC reads the path after "file://" and one more slash: "///./data" is relative, and an
    // absolute path needs a fourth slash ("////var/lib"), or H2 refuses it as implicitly relative.
    return new DatabaseUrls("r2dbc:h2:file:///" + path + options, "jdbc:h2:file:" + path + options);
  }

  /**
   * Reads a PostgreSQL URL in JDBC, R2DBC or plain form.
   *
   * @throws IllegalArgumentException naming the URL when it is not a PostgreSQL URL
   */
  public static DatabaseUrls postgres(String url) {
    String rest;
    if (url.startsWith("jdbc:postgresql://")) {
      rest = url.substring("jdbc:postgresql://".length());
    } else if (url.startsWith("r2dbc:postgresql://")) {
      rest = url.substring("r2dbc:postgresql://".length());
    } else if (url.startsWith("postgresql://")) {
      rest = url.substring("postgresql://".length());
    } else if (url.startsWith("postgres://")) {
      rest = url.substring("postgres://".length());
    } else {
      throw new IllegalArgumentException(
          "a PostgreSQL URL must start with jdbc:postgresql://, r2dbc:postgresql:// or"
              + " postgresql://, was '"
              + url
              + "'");
    }
    URI uri = URI.create("postgresql://" + rest);
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getUserInfo().split(":", 2);
      user = parts[0];
      password = parts.length > 1 ? parts[1] : null;
      rest = rest.substring(rest.indexOf('@') + 1);
    }
    return new DatabaseUrls(
        "r2dbc:postgresql://" + rest, "jdbc:postgresql://" + rest, user, password);
  }

  /** Reads any supported URL: PostgreSQL in any form, or an R2DBC/JDBC H2 file URL. */
  public static DatabaseUrls parse(String url) {
    if (url.startsWith("jdbc:h2:file:")) {
      return h2File(url.substring("jdbc:h2:file:".length()).split(";", 2)[0]);
    }
    if (url.startsWith("r2dbc:h2:file://")) {
      String path = url.substring("r2dbc:h2:file://".length()).split(";", 2)[0];
      return h2File(path.startsWith("/") ? path.substring(1) : path);
    }
    return postgres(url);
  }

  /**
   * The R2DBC driver options the service connects with, beyond the URL's. On PostgreSQL results
   * come in binary: numbers and times decode several times faster than as text, and a scoring run
   * reads millions of them.
   */
  public Map<String, String> r2dbcOptions() {
    return r2dbc.startsWith("r2dbc:postgresql:") ? Map.of("forceBinary", "true") : Map.of();
  }

  /**
   * The Spring properties that point the service and Flyway at this database.
   *
   * @param givenUser the user, or null for the one in the URL, else the default: {@code sa} on H2,
   *     the operating-system user on PostgreSQL (as psql does)
   * @param givenPassword the password, or null for the one in the URL, else none
   */
  public Map<String, Object> properties(String givenUser, String givenPassword) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.r2dbc.url", r2dbc);
    r2dbcOptions()
        .forEach((option, value) -> properties.put("spring.r2dbc.properties." + option, value));
    properties.put("spring.flyway.url", jdbc);
    String effectiveUser = givenUser != null ? givenUser : user;
    if (effectiveUser == null) {
      effectiveUser = r2dbc.contains(":h2:") ? "sa" : System.getProperty("user.name");
    }
    properties.put("spring.r2dbc.username", effectiveUser);
    properties.put("spring.flyway.user", effectiveUser);
    String effectivePassword =
        givenPassword != null ? givenPassword : (password != null ? password : "");
    properties.put("spring.r2dbc.password", effectivePassword);
    properties.put("spring.flyway.password", effectivePassword);
    return properties;
  }
}
