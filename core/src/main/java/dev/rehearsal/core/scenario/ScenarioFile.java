package dev.rehearsal.core.scenario;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationException;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.github.SubjectTemplate;
import dev.rehearsal.core.github.WorkflowRun;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a scenario file: YAML with optional {@code defaults} and a list of {@code scenarios} (see
 * {@code docs/scenarios.md}). Strict: an unknown key, a malformed value or an invalid run is an
 * error naming the file and the line, and nothing runs.
 */
public final class ScenarioFile {
  private static final Set<String> ROOT_KEYS = Set.of("defaults", "scenarios");
  private static final Set<String> DEFAULT_KEYS = Set.of("role", "audience", "token_age");
  private static final Set<String> SCENARIO_KEYS = Set.of("name", "role", "run", "expect");
  private static final Set<String> RUN_KEYS = Set.of(RunMapping.KEYS);
  private static final Set<String> EXPECT_KEYS = Set.of("assume", "error", "ecr");
  private static final Set<String> ECR_KEYS = Set.of("action", "repository", "expect");

  /**
   * The most characters (code points) a scenario file may have: SnakeYAML's limit, raised from its
   * default 3 MB for generated matrices (100,000 scenarios run to ~12 MB; this is ~500,000).
   */
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  /**
   * Items per piece of a large file: enough to be worth a task, few enough that a piece's YAML
   * nodes (a dozen per item, each with its marks) die young instead of being copied by the
   * collector while the rest of the file is read.
   */
  private static final int CHUNK_ITEMS = 2_000;

  /**
   * Pieces of a generated file read at once by {@link FlowScenarios} (no smaller than its least
   * piece, ~1,000 scenarios): many per core, so that a core slowed by other work holds the rest up
   * less, and so that {@code rehearse check}, which checks each piece as soon as it is read, works
   * on scenarios still in the cache (32 per core: 0.9-1.0 s against 1.1-1.2 s with 4, same window).
   */
  private static final int PIECES = 32 * Runtime.getRuntime().availableProcessors();

  /** What configure-aws-credentials asks for (facts.md, "The two actions the seed uses"). */
  static final String DEFAULT_AUDIENCE = "sts.amazonaws.com";

  private final String file;

  private ScenarioFile(String file) {
    this.file = file;
  }

  /** The scenarios of {@code yaml}; {@code file} names it in errors. */
  public static List<Scenario> parse(String file, String yaml) {
    if (yaml.length() <= MAX_CODE_POINTS) {
      // A character outside Latin-1 becomes '?', which the fast reader never takes.
      Optional<List<Scenario>> fast = parseGenerated(yaml.getBytes(StandardCharsets.ISO_8859_1));
      if (fast.isPresent()) {
        return fast.get();
      }
    }
    return parse(file, yaml, Integer.MAX_VALUE, CHUNK_ITEMS);
  }

  /**
   * The scenarios of a generated file given as its bytes (ASCII, one flow item a line, as {@code
   * benchmarks/check-100k.sh} writes), read without making a string of it; empty when the file is
   * not of that shape or not valid: then {@link #parse(String, String)} reads its text, and names
   * any error.
   */
  public static Optional<List<Scenario>> parseGenerated(byte[] content) {
    return content.length <= MAX_CODE_POINTS
        ? FlowScenarios.read(content, PIECES)
        : Optional.empty();
  }

  /**
   * As {@link #parseGenerated(byte[])}, handing the scenarios a piece at a time to {@code work} on
   * the core that read them, while other pieces are still being read ({@code rehearse check} checks
   * them there): what {@code work} gave for each piece, in the file's order. When the file is not
   * of that shape or not valid, empty, and nothing {@code work} gave counts ({@code work} must have
   * no effect but its result). Once every piece is read, the first exception {@code work} threw, in
   * the file's order, is thrown.
   */
  public static <T> Optional<List<T>> parseGenerated(
      byte[] content, Function<List<Scenario>, T> work) {
    return content.length <= MAX_CODE_POINTS
        ? FlowScenarios.read(content, PIECES, work)
        : Optional.empty();
  }

  /**
   * As {@link #parse(String, String)}, the general way (SnakeYAML, or {@link FlowItems} for the
   * items of the simple shape); a large file of the usual shape is cut into at most {@code parts}
   * pieces of {@code minItems} items or more, parsed on every core (generated matrices run to
   * 100,000 scenarios). The pieces decide nothing: if one fails, or gives other than the items it
   * was cut with, the whole file is parsed as one, which then names the first error.
   */
  static List<Scenario> parse(String file, String yaml, int parts, int minItems) {
    // Refused before any parsing: SnakeYAML would read up to the limit first (a 120 MB file took
    // 39 s and 3 GB to be refused).
    if (yaml.length() > MAX_CODE_POINTS) {
      int codePoints = yaml.codePointCount(0, yaml.length());
      if (codePoints > MAX_CODE_POINTS) {
        throw new ValidationException(
            String.format(
                "%s: %,d characters, more than the %,d a scenario file may have (~500,000"
                    + " scenarios of one line each): split it into several files",
                file, codePoints, MAX_CODE_POINTS));
      }
    }
    // Each piece is no longer than the file: only the file's own length may exceed the limit.
    List<ScenarioChunks.Chunk> chunks =
        yaml.length() <= MAX_CODE_POINTS ? ScenarioChunks.split(yaml, parts, minItems) : List.of();
    if (!chunks.isEmpty()) {
      try {
        List<List<Scenario>> pieces =
            chunks.parallelStream().map(chunk -> new ScenarioFile(file).read(chunk)).toList();
        List<Scenario> scenarios = new ArrayList<>();
        pieces.forEach(scenarios::addAll);
        return scenarios;
      } catch (RuntimeException e) {
        // Not the shape the cuts assumed, or an error: the single pass decides.
      }
    }
    return new ScenarioFile(file).read(yaml);
  }

  /**
   * A piece's scenarios: its items read by {@link FlowItems} when they are of the simple shape (the
   * header, with the defaults, by SnakeYAML), otherwise the piece as a file by SnakeYAML.
   */
  private List<Scenario> read(ScenarioChunks.Chunk chunk) {
    Optional<List<Node>> items =
        FlowItems.read(file, chunk.items(), chunk.firstLine(), chunk.indent());
    List<Scenario> scenarios;
    if (items.isPresent()) {
      YamlMap top = YamlMap.of(file, "the scenario file", compose(chunk.header()), ROOT_KEYS);
      if (!top.node("scenarios").filter(ScenarioFile::emptyScalar).isPresent()) {
        throw new IllegalStateException("the header already has scenarios");
      }
      scenarios = scenarios(items.get(), defaultsOf(top));
    } else {
      scenarios = read(chunk.yaml());
    }
    if (scenarios.size() != chunk.count()) {
      throw new IllegalStateException("a cut inside an item");
    }
    return scenarios;
  }

  private static boolean emptyScalar(Node node) {
    return node instanceof ScalarNode scalar && scalar.getValue().isEmpty();
  }

  private List<Scenario> read(String yaml) {
    Node root = compose(yaml);
    if (root == null) {
      throw new ValidationException(file + ": is empty; expected 'scenarios:' with a list");
    }
    YamlMap top = YamlMap.of(file, "the scenario file", root, ROOT_KEYS);
    Defaults defaults = defaultsOf(top);
    List<Node> items = top.items("scenarios");
    if (items.isEmpty()) {
      throw top.error("the scenario file has no scenarios: add a 'scenarios:' list");
    }
    return scenarios(items, defaults);
  }

  private Node compose(String yaml) {
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      // Generated matrices of 100,000 scenarios run to ~10 MB; SnakeYAML's default stops at 3 MB.
      options.setCodePointLimit(MAX_CODE_POINTS);
      return new Yaml(options).compose(new StringReader(yaml));
    } catch (YAMLException e) {
      throw new ValidationException(file + ": not valid YAML: " + e.getMessage());
    }
  }

  private Defaults defaultsOf(YamlMap top) {
    return top.node("defaults")
        .map(node -> YamlMap.of(file, "defaults", node, DEFAULT_KEYS))
        .map(this::defaults)
        .orElse(new Defaults(Optional.empty(), DEFAULT_AUDIENCE, Duration.ZERO));
  }

  private List<Scenario> scenarios(List<Node> items, Defaults defaults) {
    List<Scenario> scenarios = new ArrayList<>(items.size());
    for (Node item : items) {
      scenarios.add(scenario(YamlMap.of(file, "a scenario", item, SCENARIO_KEYS), defaults));
    }
    return scenarios;
  }

  record Defaults(Optional<String> role, String audience, Duration tokenAge) {}

  private Defaults defaults(YamlMap map) {
    return new Defaults(
        map.string("role"),
        map.string("audience").orElse(DEFAULT_AUDIENCE),
        map.string("token_age").map(age -> age(map, age)).orElse(Duration.ZERO));
  }

  private Scenario scenario(YamlMap map, Defaults defaults) {
    String name = map.requiredString("name");
    YamlMap run =
        YamlMap.of(
            file,
            "the run of '" + name + "'",
            map.node("run").orElseThrow(() -> map.error("scenario '" + name + "' needs 'run'")),
            RUN_KEYS);
    YamlMap expect =
        YamlMap.of(
            file,
            "the expectations of '" + name + "'",
            map.node("expect")
                .orElseThrow(() -> map.error("scenario '" + name + "' needs 'expect'")),
            EXPECT_KEYS);
    String role =
        map.string("role")
            .or(defaults::role)
            .orElseThrow(
                () -> map.error("scenario '" + name + "' names no role (set 'role' or defaults)"));
    List<EcrExpectation> ecr = new ArrayList<>();
    for (Node item : expect.items("ecr")) {
      ecr.add(ecrExpectation(YamlMap.of(file, "an ecr expectation", item, ECR_KEYS)));
    }
    return new Scenario(
        name,
        map.line(),
        workflowRun(run),
        role,
        run.string("audience").orElse(defaults.audience()),
        run.string("token_age").map(age -> age(run, age)).orElse(defaults.tokenAge()),
        run.strings("subject_template")
            .map(SubjectTemplate::custom)
            .orElse(SubjectTemplate.githubDefault()),
        verdict(expect, "assume"),
        expect.string("error"),
        ecr,
        run.string("source_ip").map(ip -> sourceIp(run, ip)));
  }

  private String sourceIp(YamlMap map, String text) {
    if (!RequestOrigin.isAddress(text)) {
      throw map.error("source_ip must be an IPv4 or IPv6 address, got '" + text + "'");
    }
    return text;
  }

  private WorkflowRun workflowRun(YamlMap map) {
    String repository = map.requiredString("repository");
    String ref = map.requiredString("ref");
    try {
      return RunMapping.workflowRun(repository, ref, map);
    } catch (RehearsalException e) {
      throw map.error(e.getMessage());
    }
  }

  private EcrExpectation ecrExpectation(YamlMap map) {
    String action = map.requiredString("action");
    if (!isEcrAction(action)) {
      throw map.error("action must be an ECR action such as ecr:PutImage, got " + action);
    }
    return new EcrExpectation(action, map.string("repository").orElse("*"), verdict(map, "expect"));
  }

  static boolean isEcrAction(String action) {
    return action.regionMatches(true, 0, "ecr:", 0, 4);
  }

  private Verdict verdict(YamlMap map, String key) {
    String value = map.requiredString(key);
    return Verdict.parse(value)
        .orElseThrow(() -> map.error(key + " must be allow or deny, got '" + value + "'"));
  }

  private Duration age(YamlMap map, String text) {
    Duration age = tokenAge(text);
    if (age == null) {
      throw map.error("token_age must be a number and s, m or h (e.g. 10m), got '" + text + "'");
    }
    return age;
  }

  /** {@code ([0-9]{1,7})(s|m|h)} as a duration; null when {@code text} is not of that form. */
  static Duration tokenAge(String text) {
    int digits = text.length() - 1;
    if (digits < 1 || digits > 7) {
      return null;
    }
    long amount = 0;
    for (int i = 0; i < digits; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      amount = amount * 10 + (c - '0');
    }
    return switch (text.charAt(digits)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      default -> null;
    };
  }
}
