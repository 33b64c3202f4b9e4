package dev.heng.bootstrap.api;

import dev.heng.adapter.out.persistence.DatabaseUrls;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The knowledge calls on an H2 file database and an index, both in a temporary directory. */
class KnowledgeApiH2IT extends KnowledgeApiContract {

  @TempDir static Path directory;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUrls urls = DatabaseUrls.h2File(directory.resolve("heng").toString());
    urls.properties(null, null).forEach((name, value) -> registry.add(name, () -> value));
    registry.add("heng.knowledge.index-dir", () -> directory.resolve("knowledge").toString());
  }
}
