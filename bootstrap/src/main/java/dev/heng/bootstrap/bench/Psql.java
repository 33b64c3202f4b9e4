package dev.heng.bootstrap.bench;

import dev.heng.bootstrap.cli.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * Runs {@code psql} against the benchmark database, for the reference loads that only psql's {@code
 * \copy} gives.
 *
 * @param url a libpq URL such as {@code postgresql://127.0.0.1:5432/heng_bench}
 * @param user the user, or null for psql's default
 * @param password the password, or null for none
 */
record Psql(String url, String user, String password) {

  /**
   * The psql of the database the service runs on, or empty when that is not PostgreSQL; in that
   * case it prints how to point a benchmark at PostgreSQL.
   *
   * @param benchmark the benchmark's name, for the message
   */
  static Optional<Psql> ofService(Environment environment, String benchmark) {
    String jdbcUrl = environment.getProperty("spring.flyway.url", "");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      Console.line("error: " + benchmark + " needs PostgreSQL: set HENG_DB_URL, for example");
      Console.line("       HENG_DB_URL=postgresql://127.0.0.1:5432/heng_bench");
      return Optional.empty();
    }
    return Optional.of(
        new Psql(
            "postgresql://" + jdbcUrl.substring("jdbc:postgresql://".length()),
            environment.getProperty("spring.flyway.user"),
            environment.getProperty("spring.flyway.password")));
  }

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
