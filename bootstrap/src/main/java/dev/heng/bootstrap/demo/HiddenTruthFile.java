package dev.heng.bootstrap.demo;

import dev.heng.domain.simulation.HiddenTruth;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a generated tenant's hidden values as CSV ({@code kind,id,name,value}), atomically: a
 * reader sees the old file or the whole new one.
 */
final class HiddenTruthFile {

  private HiddenTruthFile() {}

  static void write(Path file, HiddenTruth truth) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path partial = Files.createTempFile(directory, "hidden-truth", ".partial");
    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      out.write("kind,id,name,value\n");
      write(out, "agent", "skill", truth.agentSkill());
      write(out, "agent", "load", truth.agentLoad());
      write(out, "agent", "pool_size", truth.poolSize());
      write(out, "agent", "pool_difficulty", truth.poolDifficulty());
      write(out, "customer", "difficulty", truth.customerDifficulty());
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void write(
      Writer out, String kind, String name, Map<String, ? extends Number> values)
      throws IOException {
    for (Map.Entry<String, ? extends Number> entry : new TreeMap<>(values).entrySet()) {
      out.write(kind + "," + entry.getKey() + "," + name + "," + entry.getValue() + "\n");
    }
  }
}
