package dev.heng.adapter.out.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert and webhook persistence contract on H2 in PostgreSQL mode, in a temporary directory.
 */
class AlertPersistenceH2IT extends AlertPersistenceContract {

  @TempDir static Path directory;

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2(directory);
  }
}
