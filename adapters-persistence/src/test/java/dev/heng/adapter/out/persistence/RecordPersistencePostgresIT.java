package dev.heng.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The record persistence contract on the PostgreSQL database named by HENG_TEST_PG_URL, where
 * batches of 64 new rows or more go in with {@code COPY}.
 */
@RequiresPostgres
class RecordPersistencePostgresIT extends RecordPersistenceContract {

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.postgres().orElseThrow();
  }

  @Test
  void reachesCopyThroughAPooledConnection() {
    TestDatabase database = database();

    Mono<Boolean> supported =
        database.client.inConnection(
            connection -> Mono.just(PostgresCopyWriter.supports(connection)));

    assertThat(database.database).isEqualTo(Database.POSTGRESQL);
    StepVerifier.create(supported).expectNext(true).verifyComplete();
  }
}
