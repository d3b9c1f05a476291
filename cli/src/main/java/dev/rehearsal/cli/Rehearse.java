package dev.rehearsal.cli;

import dev.rehearsal.cli.check.CheckCommand;
import dev.rehearsal.cli.demo.DemoCommand;
import dev.rehearsal.cli.diff.DiffCommand;
import dev.rehearsal.cli.explain.ExplainCommand;
import dev.rehearsal.cli.lint.LintCommand;
import dev.rehearsal.cli.page.PageServer;
import dev.rehearsal.cli.provision.ProvisionCommand;
import dev.rehearsal.cli.run.RunCommand;
import dev.rehearsal.cli.token.JobCommand;
import dev.rehearsal.cli.token.TokenCommand;
import dev.rehearsal.cli.world.DownCommand;
import dev.rehearsal.cli.world.ResetCommand;
import dev.rehearsal.cli.world.UpCommand;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code rehearse} command. Exit codes are a contract (docs: architecture.md): 0 success, 1 the
 * rehearsal or check found a failure, 2 bad usage or bad input.
 */
@Command(
    name = Rehearse.NAME,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Rehearse GitHub Actions -> OIDC -> AWS IAM/STS -> ECR on this machine, faithfully.",
      "",
      "Start the local GitHub token issuer and AWS (until Ctrl-C), then ask for a job's token in"
          + " another shell:",
      "  rehearse up",
      "  rehearse token --repo acme/app --ref main",
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 a rehearsal or check failed, 2 bad usage or input.",
      "Run 'rehearse COMMAND --help' for a command's options and an example."
    })
public final class Rehearse implements Callable<Integer> {
  static final String NAME = "rehearse";

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  /**
   * The subcommands in the order {@code --help} lists them. picocli builds a command's whole model
   * by reflection (options, mixins, the commands' own fields, e.g. Jackson mappers) when it is
   * added; a line that names its command needs only that one, which takes ~0.1-0.3 s off the start
   * of every command (more under load), `rehearse up` included (issue 6's start-up budget).
   */
  static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("up", () -> new UpCommand(Optional.of(PageServer::start)));
    COMMANDS.put("down", DownCommand::new);
    COMMANDS.put("reset", ResetCommand::new);
    COMMANDS.put("token", TokenCommand::new);
    COMMANDS.put("job", JobCommand::new);
    COMMANDS.put("run", RunCommand::new);
    COMMANDS.put("explain", ExplainCommand::new);
    COMMANDS.put("check", CheckCommand::new);
    COMMANDS.put("lint", LintCommand::new);
    COMMANDS.put("diff", DiffCommand::new);
    COMMANDS.put("provision", ProvisionCommand::new);
    COMMANDS.put("demo", DemoCommand::new);
  }

  /** When {@link #main} began ({@link System#nanoTime}), or 0 when another program runs the CLI. */
  private static volatile long mainStarted;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    mainStarted = System.nanoTime();
    System.exit(
        execute(
            new ByteWriter(System.out, Charset.defaultCharset()),
            new PrintWriter(System.err, true),
            args));
  }

  /** Runs the command line with the given streams; the tests' entry point. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    CommandLine commandLine;
    if (named != null) {
      // Only the named command's model is built; the root, which then only passes the line on, is
      // wrapped without picocli's reflection over this class (its annotations, fields and methods:
      // ~20 ms of every command's start, docs/benchmarks.d/check.md).
      commandLine = new CommandLine(CommandSpec.wrapWithoutInspection(new Rehearse()).name(NAME));
      commandLine.addSubcommand(args[0], named.get());
    } else {
      commandLine = new CommandLine(new Rehearse());
      // `rehearse`, `rehearse --help`, a misspelt command: picocli lists (and suggests) them all.
      COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new Failures());
    commandLine.setUsageHelpAutoWidth(true);
    // Help text broken at spaces only, examples never: what --help shows can be copied whole.
    commandLine.setHelpFactory(WholeTokenHelp::new);
    return commandLine.execute(args);
  }

  /**
   * When this command line began: {@link #main}'s first line, the JVM having started; for a caller
   * that runs the CLI in its own JVM (the tests), {@code otherwise}.
   */
  public static long started(long otherwise) {
    long started = mainStarted;
    return started != 0 ? started : otherwise;
  }

  /**
   * {@code rehearse} alone: no command, so nothing ran — the short usage (the synopsis and the
   * commands) on stderr and exit 2, as for any other bad usage; {@code --help} has the rest.
   */
  @Override
  public Integer call() {
    return shortUsage(
        spec.commandLine(),
        "Run 'rehearse --help' for more, 'rehearse COMMAND --help' for a command's options.");
  }

  /**
   * A command that needs one of its subcommands, run without one: its synopsis and commands on
   * stderr, then {@code hint}; exit 2.
   */
  public static int shortUsage(CommandLine commandLine, String hint) {
    CommandLine.Help help = commandLine.getHelp();
    PrintWriter err = commandLine.getErr();
    err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    err.print(help.commandListHeading() + help.commandList());
    err.println(hint);
    err.flush();
    return USAGE;
  }
}
