package dev.heng.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void copiesThroughAPooledConnection() {
    TestDatabase database = database();

    Mono<Long> copied =
        database.client.inConnection(
            connection ->
                Mono.from(
                        connection
                            .createStatement("CREATE TEMPORARY TABLE copy_probe (note VARCHAR)")
                            .execute())
                    .then(
                        PostgresCopyWriter.copy(
                            connection,
                            "copy_probe",
                            List.of("note"),
                            List.of(new Object[] {"tab\there"}, new Object[] {null}))));

    assertThat(database.database).isEqualTo(Database.POSTGRESQL);
    StepVerifier.create(copied).expectNext(2L).verifyComplete();
  }
}
