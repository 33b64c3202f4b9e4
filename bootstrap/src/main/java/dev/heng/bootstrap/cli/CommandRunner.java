package dev.heng.bootstrap.cli;

import dev.heng.application.port.in.AdminKeyIssuance;
import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.IssueAdminKeyCommand;
import dev.heng.application.port.in.IssueAdminKeyUseCase;
import dev.heng.application.port.in.TenantCreation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the launcher's one-shot commands ({@code tenant create NAME}, {@code tenant key NAME},
 * {@code bench ...}) when the application was started for one. Each command prints its results as
 * {@code name: value} lines and leaves an exit code for the launcher.
 */
@Component
@ConditionalOnProperty("heng.command")
public class CommandRunner implements ApplicationRunner {

  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);

  private final CreateTenantUseCase createTenant;
  private final IssueAdminKeyUseCase issueAdminKey;
  private final Map<String, OneShotCommand> extraCommands;
  private int exitCode = 1;

  public CommandRunner(
      CreateTenantUseCase createTenant,
      IssueAdminKeyUseCase issueAdminKey,
      ObjectProvider<OneShotCommand> extraCommands) {
    this.createTenant = createTenant;
    this.issueAdminKey = issueAdminKey;
    this.extraCommands =
        extraCommands
            .orderedStream()
            .collect(Collectors.toMap(OneShotCommand::name, command -> command));
  }

  /** The exit code of the command that ran: 0 for success, 1 for failure, 2 for bad usage. */
  public int exitCode() {
    return exitCode;
  }

  @Override
  public void run(ApplicationArguments arguments) throws Exception {
    List<String> words = arguments.getNonOptionArgs();
    exitCode = dispatch(words, arguments);
  }

  private int dispatch(List<String> words, ApplicationArguments arguments) throws Exception {
    if (words.size() == 3 && words.get(0).equals("tenant") && words.get(1).equals("create")) {
      return createTenant(words.get(2));
    }
    if (words.size() == 3 && words.get(0).equals("tenant") && words.get(1).equals("key")) {
      return issueKey(words.get(2));
    }
    if (words.size() >= 2) {
      OneShotCommand command = extraCommands.get(words.get(0) + " " + words.get(1));
      if (command != null) {
        return command.run(arguments);
      }
    }
    Console.line("usage: heng serve");
    Console.line("       heng tenant create NAME     create a tenant and its first admin key");
    Console.line("       heng tenant key NAME        issue another admin key for a tenant");
    extraCommands.values().forEach(command -> Console.line("       heng " + command.usage()));
    return 2;
  }

  private int createTenant(String name) {
    CreateTenantCommand command;
    try {
      command = new CreateTenantCommand(name, null);
    } catch (IllegalArgumentException e) {
      Console.line("error: " + e.getMessage());
      return 2;
    }
    // A one-shot command on the main thread, not an event loop: waiting here is the point.
    TenantCreation outcome =
        createTenant
            .create(command)
            .toFuture()
            .orTimeout(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .join();
    return switch (outcome) {
      case TenantCreation.Created created -> {
        Console.figure("tenant", created.tenant().name());
        Console.figure("admin_key_id", created.adminKey().keyId());
        Console.figure("admin_key", created.token().text());
        Console.line("Keep the admin key: it is shown only once.");
        yield 0;
      }
      case TenantCreation.NameTaken taken -> {
        Console.line("error: a tenant named '" + taken.name() + "' exists already");
        yield 1;
      }
    };
  }

  private int issueKey(String name) {
    IssueAdminKeyCommand command;
    try {
      command = new IssueAdminKeyCommand(name, null);
    } catch (IllegalArgumentException e) {
      Console.line("error: " + e.getMessage());
      return 2;
    }
    AdminKeyIssuance outcome =
        issueAdminKey
            .issue(command)
            .toFuture()
            .orTimeout(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .join();
    return switch (outcome) {
      case AdminKeyIssuance.Issued issued -> {
        Console.figure("tenant", issued.tenant().name());
        Console.figure("admin_key_id", issued.key().keyId());
        Console.figure("admin_key", issued.token().text());
        Console.line("Keep the admin key: it is shown only once.");
        yield 0;
      }
      case AdminKeyIssuance.UnknownTenant unknown -> {
        Console.line("error: there is no tenant named '" + unknown.tenantName() + "'");
        yield 1;
      }
      case AdminKeyIssuance.AlreadyRegistered registered -> {
        Console.figure("admin_key_id", registered.keyId());
        yield 0;
      }
      case AdminKeyIssuance.Conflict conflict -> {
        Console.line("error: key " + conflict.keyId() + " belongs to another tenant");
        yield 1;
      }
    };
  }
}
