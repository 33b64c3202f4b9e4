package dev.heng.bootstrap;

import dev.heng.adapter.out.persistence.DatabaseUrls;
import dev.heng.bootstrap.cli.CommandRunner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Heng's entry point. Without arguments, or with {@code serve}, it runs the service; other commands
 * ({@code tenant create NAME}, ...) run once and exit. The database comes from {@code HENG_DB_URL}
 * (PostgreSQL, in JDBC, R2DBC or plain form) with {@code HENG_DB_USER} and {@code
 * HENG_DB_PASSWORD}; without it, an H2 file database under {@code ./data}.
 */
@SpringBootApplication(scanBasePackages = "dev.heng")
public class HengApplication {

  public static void main(String[] args) {
    String command = args.length == 0 ? "serve" : args[0];
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    Map<String, Object> defaults = new HashMap<>(databaseProperties());

    SpringApplication application = new SpringApplication(HengApplication.class);
    if (!command.equals("serve")) {
      if (command.equals("bench")) {
        // Benchmarks drive the real HTTP API, so they start the server on a free port.
        arguments.add("--server.port=0");
      } else {
        application.setWebApplicationType(WebApplicationType.NONE);
      }
      defaults.put("heng.command", String.join(" ", Arrays.asList(args)));
      arguments.add("--heng.demo.enabled=false");
      // Commands that need analysis workers run their own.
      defaults.put("heng.analysis.enabled", "false");
      defaults.put("spring.main.log-startup-info", "false");
      defaults.put("logging.level.root", "WARN");
      defaults.put("logging.level.dev.heng", "INFO");
    }
    application.setDefaultProperties(defaults);
    ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
    if (!command.equals("serve")) {
      int exitCode = context.getBean(CommandRunner.class).exitCode();
      System.exit(SpringApplication.exit(context, () -> exitCode));
    }
  }

  static Map<String, Object> databaseProperties() {
    String url = System.getenv("HENG_DB_URL");
    DatabaseUrls urls =
        url == null || url.isBlank() ? DatabaseUrls.EMBEDDED_H2 : DatabaseUrls.parse(url.strip());
    return urls.properties(System.getenv("HENG_DB_USER"), System.getenv("HENG_DB_PASSWORD"));
  }
}
