package dev.rehearsal.cli.daemonless;

import com.google.cloud.tools.jib.api.JibContainer;
import dev.rehearsal.cli.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docker}, daemonless: what a workflow's {@code docker login}, {@code docker build}, {@code
 * docker push} and {@code docker logout} need, done without a Docker engine — the login kept in
 * docker's {@code config.json}, the image built by Jib core from a Dockerfile that needs no
 * container ({@link Dockerfile}), and pushed by Jib. Every other docker command is refused, and
 * {@code docker info} says that no engine is there. {@code rehearse demo} puts it first on a job's
 * {@code PATH} when no Docker engine answers, and says so.
 */
public final class StandInDocker {
  static final String BANNER =
      "rehearse: no Docker engine here; this 'docker' is rehearse's daemonless stand-in"
          + " (login, build FROM scratch, push, logout; images built and pushed by Jib core)";

  private final Map<String, String> environment;
  private final Path directory;
  private final InputStream stdin;
  private final PrintStream out;

  /**
   * @param environment the caller's environment ({@code DOCKER_CONFIG}, the image store)
   * @param directory the caller's working directory, which relative paths are relative to
   * @param stdin what {@code --password-stdin} reads
   */
  StandInDocker(
      Map<String, String> environment, Path directory, InputStream stdin, PrintStream out) {
    this.environment = environment;
    this.directory = directory;
    this.stdin = stdin;
    this.out = out;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      new StandInDocker(System.getenv(), Path.of(""), System.in, out).run(List.of(args));
      System.exit(0);
    } catch (UserError e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  void run(List<String> args) {
    String command = args.isEmpty() ? "" : args.get(0);
    Arguments arguments = new Arguments(args.subList(Math.min(1, args.size()), args.size()));
    switch (command) {
      case "login" -> login(arguments);
      case "logout" -> logout(arguments);
      case "build" -> build(arguments);
      case "push" -> push(arguments);
      case "info" -> throw new UserError(BANNER + ": there is no Docker engine to describe");
      default ->
          throw new UserError(
              BANNER + ": 'docker " + command + "' needs a Docker engine and is not rehearsed");
    }
  }

  private void login(Arguments arguments) {
    String username = arguments.option("-u", "--username").orElse("");
    String password;
    if (arguments.flag("--password-stdin")) {
      try {
        password = new String(stdin.readAllBytes(), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new UserError("cannot read the password from stdin: " + e.getMessage(), e);
      }
    } else {
      password = arguments.option("-p", "--password").orElse("");
    }
    String server = arguments.single("login", "SERVER");
    if (username.isEmpty() || password.isEmpty()) {
      throw new UserError("Error: Cannot perform an interactive login from a non TTY device");
    }
    DockerConfig config = DockerConfig.of(environment, directory);
    config.login(registry(server), new DockerConfig.Login(username, password));
    out.println("WARNING! Your password will be stored unencrypted in " + config.file() + ".");
    out.println();
    out.println("Login Succeeded");
  }

  private void logout(Arguments arguments) {
    String server = registry(arguments.single("logout", "SERVER"));
    if (DockerConfig.of(environment, directory).logout(server)) {
      out.println("Removing login credentials for " + server);
    } else {
      out.println("Not logged in to " + server);
    }
  }

  private void build(Arguments arguments) {
    List<String> tags = arguments.options("-t", "--tag");
    Path context = directory.resolve(arguments.single("build", "PATH"));
    Path file =
        arguments
            .option("-f", "--file")
            .map(directory::resolve)
            .orElse(context.resolve("Dockerfile"));
    if (tags.isEmpty()) {
      throw new UserError(BANNER + ": give the image a name with -t: it keeps images by tag only");
    }
    Dockerfile dockerfile = Dockerfile.parse(read(file));
    out.println(BANNER);
    int step = 0;
    for (Dockerfile.Instruction instruction : dockerfile.instructions()) {
      out.println("Step " + ++step + "/" + dockerfile.instructions().size() + " : " + instruction);
    }
    JibImages images = new JibImages(store());
    JibContainer built = null;
    for (String tag : tags) {
      built = images.build(ImageBuild.of(dockerfile, context), tag);
    }
    out.println("Successfully built " + built.getImageId().getHash().substring(0, 12));
    tags.forEach(tag -> out.println("Successfully tagged " + tag));
  }

  private void push(Arguments arguments) {
    String tag = arguments.single("push", "NAME[:TAG]");
    String repository = ImageStore.repository(tag);
    out.println("The push refers to repository [" + repository + "]");
    var login = DockerConfig.of(environment, directory).login(registry(repository));
    JibContainer pushed = new JibImages(store()).push(tag, login);
    out.println(
        "pushed by Jib core, daemonless: image id "
            + pushed.getImageId()
            + (login.isPresent() ? " (as " + login.get().username() + ")" : " (no login)"));
    out.println(ImageStore.tagOf(tag) + ": digest: " + pushed.getDigest());
  }

  private ImageStore store() {
    String root = environment.getOrDefault(ImageStore.VARIABLE, "");
    if (root.isEmpty()) {
      throw new UserError(BANNER + ": " + ImageStore.VARIABLE + " must name its image store");
    }
    return new ImageStore(directory.resolve(root));
  }

  /**
   * The registry's name as docker keys its logins: {@code http://host:port} is {@code host:port}.
   */
  private static String registry(String server) {
    String name = server.replaceFirst("^https?://", "");
    int slash = name.indexOf('/');
    return slash < 0 ? name : name.substring(0, slash);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UserError(
          "failed to read dockerfile: open " + file + ": no such file or directory", e);
    }
  }

  /** A docker command's options ({@code -t X}, {@code --tag=X}, flags) and its operands. */
  private static final class Arguments {
    private final List<String> words;

    Arguments(List<String> words) {
      this.words = new ArrayList<>(words);
    }

    boolean flag(String name) {
      return words.remove(name);
    }

    java.util.Optional<String> option(String shortName, String longName) {
      List<String> values = options(shortName, longName);
      return values.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of(values.get(values.size() - 1));
    }

    /** Every value of a repeatable option, removed from the words. */
    List<String> options(String shortName, String longName) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        if ((word.equals(shortName) || word.equals(longName)) && i + 1 < words.size()) {
          values.add(words.remove(i + 1));
          words.remove(i--);
        } else if (word.startsWith(longName + "=")) {
          values.add(word.substring(longName.length() + 1));
          words.remove(i--);
        }
      }
      return values;
    }

    /** The one operand left, or docker's usage error. */
    String single(String command, String operand) {
      List<String> left = words.stream().filter(w -> !w.startsWith("-")).toList();
      if (left.size() != 1 || left.size() != words.size()) {
        throw new UserError(
            "\"docker "
                + command
                + "\" requires exactly 1 argument ("
                + operand
                + ") and the stand-in's options; got "
                + words);
      }
      return left.get(0);
    }
  }
}
