package dev.heng.adapter.out.persistence;

/** The alert and webhook persistence contract on the PostgreSQL database of HENG_TEST_PG_URL. */
@RequiresPostgres
class AlertPersistencePostgresIT extends AlertPersistenceContract {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.postgres().orElseThrow();
  }
}
