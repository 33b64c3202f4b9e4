package dev.heng.adapter.out.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The attainment and anomaly persistence contract on H2 in PostgreSQL mode. */
class AttainmentPersistenceH2IT extends AttainmentPersistenceContract {

  @TempDir static Path directory;

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2(directory);
  }
}
