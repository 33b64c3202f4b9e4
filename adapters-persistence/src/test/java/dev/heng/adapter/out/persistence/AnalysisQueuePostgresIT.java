package dev.heng.adapter.out.persistence;

/**
 * The analysis queue contract on the PostgreSQL database named by HENG_TEST_PG_URL, where claims
 * use {@code FOR UPDATE SKIP LOCKED} and batches of 64 events or more are written with {@code
 * COPY}.
 */
@RequiresPostgres
class AnalysisQueuePostgresIT extends AnalysisQueueContract {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.postgres().orElseThrow();
  }
}
