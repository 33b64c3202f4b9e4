package dev.heng.bootstrap.api;

import dev.heng.adapter.out.persistence.RequiresPostgres;
import dev.heng.adapter.out.persistence.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The health diagnosis API contract on the PostgreSQL database named by HENG_TEST_PG_URL, wiped
 * first.
 */
@RequiresPostgres
class DiagnosisApiPostgresIT extends DiagnosisApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    try (TestDatabase database = TestDatabase.postgres().orElseThrow()) {
      database.springProperties().forEach((name, value) -> registry.add(name, () -> value));
    }
  }
}
