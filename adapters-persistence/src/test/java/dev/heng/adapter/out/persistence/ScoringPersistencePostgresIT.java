package dev.heng.adapter.out.persistence;

/**
 * The scoring persistence contract on the PostgreSQL database named by HENG_TEST_PG_URL, where a
 * run's customer difficulties go in with {@code COPY}.
 */
@RequiresPostgres
class ScoringPersistencePostgresIT extends ScoringPersistenceContract {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.postgres().orElseThrow();
  }
}
