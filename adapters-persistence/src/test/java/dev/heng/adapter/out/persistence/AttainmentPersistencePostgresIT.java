package dev.heng.adapter.out.persistence;

/**
 * The attainment and anomaly persistence contract on the PostgreSQL database of HENG_TEST_PG_URL.
 */
@RequiresPostgres
class AttainmentPersistencePostgresIT extends AttainmentPersistenceContract {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.postgres().orElseThrow();
  }
}
