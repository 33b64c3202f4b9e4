package dev.heng.bootstrap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code psql} against the benchmark database, for the reference loads that only psql's {@code
 * \copy} gives.
 *
 * @param url a libpq URL such as {@code postgresql://127.0.0.1:5432/heng_bench}
 * @param user the user, or null for psql's default
 * @param password the password, or null for none
 */
record Psql(String url, String user, String password) {

  void run(String command) throws IOException, InterruptedException {
    output(List.of(command));
  }

  /**
   * Runs the commands in one session, in order.
   *
   * @return what psql printed
   */
  String output(List<String> commands) throws IOException, InterruptedException {
    List<String> arguments =
        new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url));
    if (user != null && !user.isBlank()) {
      arguments.addAll(List.of("-U", user));
    }
    for (String command : commands) {
      arguments.addAll(List.of("-c", command));
    }
    ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
    if (password != null && !password.isBlank()) {
      builder.environment().put("PGPASSWORD", password);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("psql failed (" + process.exitValue() + "): " + output.strip());
    }
    return output;
  }
}
