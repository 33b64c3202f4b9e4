package dev.heng.adapter.out.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The analysis queue contract on H2 in PostgreSQL mode, in a temporary directory. */
class AnalysisQueueH2IT extends AnalysisQueueContract {

  @TempDir static Path directory;

  @Override
  TestDatabase openDatabase() {
    return TestDatabase.h2(directory);
  }
}
