package dev.rehearsal.cli.world;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.explain.DecisionPrinter;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rehearse up}: the local world, in the foreground, until Ctrl-C or {@code down}. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Start the local GitHub token issuer (oidc-emulator, HTTPS) and AWS (aws-emulator: IAM, STS, ECR and its registry, CloudFormation)"
          + " on 127.0.0.1, wired together, and keep them running until Ctrl-C or 'rehearse down'.",
      "",
      "AWS fetches the issuer's keys from the oidc-emulator over HTTPS and trusts only its CA, as"
          + " real AWS fetches GitHub's. Paste the printed export lines into a shell to point the"
          + " AWS CLI and SDKs at the emulator.",
    },
    footer = {
      "",
      "Example:",
      "  rehearse up --aws-port 0 --oidc-port 0     # free ports, printed when ready",
      "  eval \"$(rehearse up ... | grep '^export')\" # in another shell, once ready",
    })
public final class UpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The page, when the CLI serves one ({@link dev.rehearsal.cli.Rehearse} gives it). */
  private final Optional<Companion> page;

  public UpCommand() {
    this(Optional.empty());
  }

  public UpCommand(Optional<Companion> page) {
    this.page = page;
  }

  @Mixin DataOption data;

  @Option(
      names = "--aws-port",
      paramLabel = "N",
      defaultValue = "4566",
      description =
          "Port of the aws-emulator (default: ${DEFAULT-VALUE}, LocalStack's; 0 picks a free one)")
  int awsPort;

  @Option(
      names = "--oidc-port",
      paramLabel = "N",
      defaultValue = "8443",
      description = "Port of the oidc-emulator (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int oidcPort;

  @Option(
      names = "--fresh",
      description =
          "Start afresh: empty the data directory first (as 'rehearse reset'), its keys, CA and"
              + " state included")
  boolean fresh;

  @Option(
      names = "--no-page",
      description =
          "Serve no page (by default one on 127.0.0.1: the world at a glance, tokens to mint and"
              + " try, every decision as it happens)")
  boolean noPage;

  @Option(
      names = "--quiet-decisions",
      description =
          "Do not print a line for each decision the aws-emulator makes ('rehearse explain' still"
              + " shows them)")
  boolean quietDecisions;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    DataDirectory directory = data.directory();
    if (fresh) {
      World.reset(directory);
    }
    long started = System.nanoTime();
    World world = World.start(directory, Installation.locate(), awsPort, oidcPort, out);
    Optional<Companion.Running> served = serve(world, directory);
    WorldRecord record =
        served.map(running -> world.record().withPage(running.url())).orElse(world.record());
    if (served.isPresent()) {
      record.write(directory.worldFile(), record.json());
    }
    AtomicBoolean stopping = new AtomicBoolean();
    // Ctrl-C or `rehearse down` (SIGINT, SIGTERM): stop both emulators, say so, and end with 0 —
    // stopping is what was asked. halt: the JVM would otherwise end with 130 or 143, and the main
    // thread, seeing the emulators gone, would report them as having died.
    Thread hook =
        new Thread(
            () -> {
              stopping.set(true);
              try {
                served.ifPresent(Companion.Running::close);
              } finally {
                world.close(); // whatever the page did: world.json must go, the emulators stop
              }
              out.println("stopped");
              out.flush();
              Runtime.getRuntime().halt(Rehearse.OK);
            },
            "rehearse-down");
    Runtime.getRuntime().addShutdownHook(hook);
    printReady(out, record, directory, (System.nanoTime() - started) / 1_000_000);
    if (!quietDecisions) {
      DecisionPrinter.print(directory, out);
    }
    while (world.healthy() || stopping.get()) {
      Thread.sleep(250);
    }
    // An emulator died on its own: say which, stop the other, and fail.
    Runtime.getRuntime().removeShutdownHook(hook);
    try {
      served.ifPresent(Companion.Running::close);
    } finally {
      world.close();
    }
    spec.commandLine()
        .getErr()
        .println(
            "rehearse: an emulator stopped unexpectedly; see the logs in "
                + directory.root().resolve("logs"));
    return Rehearse.FAILED;
  }

  /** The page, unless {@code --no-page}; a page that cannot start leaves the world without one. */
  private Optional<Companion.Running> serve(World world, DataDirectory directory) {
    if (noPage || page.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(page.get().start(world.record(), directory));
    } catch (RuntimeException e) {
      world.close();
      throw e;
    }
  }

  static void printReady(PrintWriter out, WorldRecord world, DataDirectory data, long millis) {
    out.println("ready in " + millis + " ms");
    out.println(
        "  aws-emulator   "
            + world.aws().url()
            + "   (IAM, STS, ECR, CloudFormation; account 000000000000)");
    out.println(
        "  registry       "
            + registry(world)
            + "          (ECR's registry; plain HTTP on loopback, docker needs no TLS set-up)");
    out.println(
        "  oidc-emulator  " + world.oidc().url() + "  (issuer " + World.GITHUB_ISSUER + ")");
    world
        .pageUrl()
        .ifPresent(url -> out.println("  page           " + url + "   (open it in a browser)"));
    out.println("  data           " + data.root());
    out.println();
    out.println(
        "# point the AWS CLI and SDKs at the emulator (credentials test/test: loopback only);");
    out.println(
        "# the AWS CLI before 2.13 ignores AWS_ENDPOINT_URL: give it --endpoint-url "
            + world.aws().url());
    out.println("export AWS_ENDPOINT_URL=" + world.aws().url());
    out.println("export AWS_ACCESS_KEY_ID=test");
    out.println("export AWS_SECRET_ACCESS_KEY=test");
    out.println("export AWS_REGION=us-east-1");
    out.println("export AWS_DEFAULT_REGION=us-east-1");
    out.println("export REHEARSAL_OIDC_URL=" + world.oidc().url());
    out.println("export REHEARSAL_CA_FILE=" + world.caFile());
    out.println();
    out.println("# log docker in to the registry as ECR's users do (the password lasts 12 hours):");
    out.println(
        "aws ecr get-login-password --endpoint-url "
            + world.aws().url()
            + " | docker login --username AWS --password-stdin "
            + registry(world));
    out.println();
    out.println(
        "# each decision of the aws-emulator is printed below as it is made (--quiet-decisions:"
            + " not); 'rehearse explain"
            + dataOption(data)
            + " REQUEST_ID' tells why, in full");
    out.println("Ctrl-C or 'rehearse down" + dataOption(data) + "' stops both.");
    out.flush();
  }

  /** The registry's address, {@code 127.0.0.1:PORT}: the aws-emulator's own host and port. */
  static String registry(WorldRecord world) {
    return java.net.URI.create(world.aws().url()).getAuthority();
  }

  static String dataOption(DataDirectory data) {
    return data.equals(DataDirectory.resolve(Optional.empty())) ? "" : " --data " + data.root();
  }
}
