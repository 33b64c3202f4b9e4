package dev.heng.adapter.out.persistence;

/** The tenant and key persistence contract on the PostgreSQL database named by HENG_TEST_PG_URL. */
@RequiresPostgres
class TenantPersistencePostgresIT extends TenantPersistenceContract {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.postgres().orElseThrow();
  }
}
