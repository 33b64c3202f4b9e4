package dev.heng.bootstrap.api;

import dev.heng.adapter.out.persistence.DatabaseUrls;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The health diagnosis API contract on an H2 file database in a temporary directory, which the
 * service migrates on start as it does its default database.
 */
class DiagnosisApiH2IT extends DiagnosisApiContract {

  @TempDir static Path directory;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUrls urls = DatabaseUrls.h2File(directory.resolve("heng").toString());
    urls.properties(null, null).forEach((name, value) -> registry.add(name, () -> value));
  }
}
