package dev.heng.adapter.out.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Schema version 10: drops the foreign keys of {@code analysis_jobs}, the one on {@code tenants}
 * and the one on {@code ticket_events}.
 *
 * <p>Intake writes a job for every message event of a batch in the batch's transaction, and on
 * PostgreSQL checking those two keys cost as much as writing the jobs themselves (the key on the
 * event also locks each event row just written). Neither key guards anything the service can get
 * wrong: a job is only ever inserted by selecting its event, tenant included, from {@code
 * ticket_events} in the same transaction, and the service never deletes events. Deleting events by
 * hand now leaves their jobs behind; a claim skips jobs without an event, so they are never
 * claimed.
 *
 * <p>A Java migration because the keys were created unnamed, so their names differ between H2 and
 * PostgreSQL: they are read from the database's metadata, and whichever of them are still there are
 * dropped (on H2 each DDL statement commits by itself, so a failed run may have dropped one).
 * Spring Boot hands every {@link JavaMigration} bean to Flyway; code that runs Flyway itself adds
 * {@link #INSTANCE}. Versions 8 and 9 were never used: the SQL migrations go on at {@code
 * V11__...}.
 */
@Component
final class AnalysisJobsWithoutForeignKeys implements JavaMigration {

  /** For code that configures Flyway itself. */
  static final AnalysisJobsWithoutForeignKeys INSTANCE = new AnalysisJobsWithoutForeignKeys();

  private static final Logger log = LoggerFactory.getLogger(AnalysisJobsWithoutForeignKeys.class);

  private static final String TABLE = "analysis_jobs";
  private static final List<String> REFERENCED = List.of("tenants", "ticket_events");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("10");
  }

  @Override
  public String getDescription() {
    return "analysis jobs without foreign keys";
  }

  /** No checksum: the migration reads what it drops from the database. */
  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    List<String> keys = foreignKeys(connection);
    try (Statement statement = connection.createStatement()) {
      for (String key : keys) {
        statement.execute("ALTER TABLE " + TABLE + " DROP CONSTRAINT \"" + key + "\"");
      }
    }
    log.info("Dropped {} foreign keys of {}: {}", keys.size(), TABLE, keys);
  }

  /** The names of the table's foreign keys on the referenced tables that remain, each once. */
  private static List<String> foreignKeys(Connection connection) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    List<String> keys = new ArrayList<>();
    try (ResultSet imported = metadata.getImportedKeys(null, connection.getSchema(), TABLE)) {
      while (imported.next()) {
        String referenced = imported.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
        String key = imported.getString("FK_NAME");
        if (REFERENCED.contains(referenced) && key != null && !keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }
}
