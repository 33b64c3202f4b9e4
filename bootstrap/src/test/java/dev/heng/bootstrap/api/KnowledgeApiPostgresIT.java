package dev.heng.bootstrap.api;

import dev.heng.adapter.out.persistence.RequiresPostgres;
import dev.heng.adapter.out.persistence.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The knowledge calls on the PostgreSQL database named by HENG_TEST_PG_URL, wiped first, with an
 * index in a temporary directory.
 */
@RequiresPostgres
class KnowledgeApiPostgresIT extends KnowledgeApiContract {

  @TempDir static Path directory;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    try (TestDatabase database = TestDatabase.postgres().orElseThrow()) {
      database.springProperties().forEach((name, value) -> registry.add(name, () -> value));
    }
    registry.add("heng.knowledge.index-dir", () -> directory.resolve("knowledge").toString());
  }
}
