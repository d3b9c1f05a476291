package dev.rehearsal.core.scenario;

import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.github.SubjectTemplate;
import dev.rehearsal.core.github.WorkflowRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the one-line items of a generated scenario file straight into {@link Scenario}s, for the
 * shape and the words {@link FlowItems} reads ({@code - {name: s1, run: {repository: acme/app, ref:
 * main}, expect: {assume: allow}}}) but without SnakeYAML's nodes, their marks or a map per
 * mapping: each known key's value goes to its slot. It decides nothing on its own: anything it does
 * not read, and any value the general path would refuse, makes it give up (null), and the caller
 * reads the file the general way, which then names the error. The scenarios it gives are the ones
 * the general path gives ({@code FlowScenariosProperties}).
 */
final class ScenarioLines implements RunMapping.Values {
  private static final int SCENARIO = 0;
  private static final int RUN = 1;
  private static final int EXPECT = 2;
  private static final int ECR = 3;
  private static final int DEFAULTS = 4;

  private static final String[][] KEYS = {
    {"name", "role", "run", "expect"},
    RunMapping.KEYS,
    {"assume", "error", "ecr"},
    {"action", "repository", "expect"},
    {"role", "audience", "token_age"},
  };
  private static final byte[][][] KEY_BYTES = new byte[KEYS.length][][];

  private static final int NAME = 0;
  private static final int ROLE = 1;
  private static final int RUN_KEY = 2;
  private static final int EXPECT_KEY = 3;
  private static final int REPOSITORY = 0;
  private static final int REF = 1;
  private static final int AUDIENCE = 9;
  private static final int TOKEN_AGE = 10;
  private static final int SUBJECT_TEMPLATE = 11;
  private static final int SOURCE_IP = 15;
  private static final int ASSUME = 0;
  private static final int ERROR = 1;
  private static final int ECR_LIST = 2;
  private static final int ACTION = 0;
  private static final int ECR_REPOSITORY = 1;
  private static final int ECR_EXPECT = 2;
  private static final int DEFAULT_ROLE = 0;
  private static final int DEFAULT_AUDIENCE = 1;
  private static final int DEFAULT_TOKEN_AGE = 2;

  /** Where each run key's value is kept. */
  private static final Map<String, Integer> RUN_KEY_INDEX = new HashMap<>();

  /** Per byte: 1 a word may start with it, 2 only continue with it (FlowItems' first and inner). */
  private static final byte[] WORD = new byte[128];

  static {
    for (int level = 0; level < KEYS.length; level++) {
      KEY_BYTES[level] = new byte[KEYS[level].length][];
      for (int key = 0; key < KEYS[level].length; key++) {
        KEY_BYTES[level][key] =
            KEYS[level][key].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      }
    }
    for (int key = 0; key < KEYS[RUN].length; key++) {
      RUN_KEY_INDEX.put(KEYS[RUN][key], key);
    }
    for (int c = 0; c < 128; c++) {
      boolean first =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '.'
              || c == '/';
      WORD[c] = (byte) (first ? 1 : (c == '-' || c == '+' || c == '@') ? 2 : 0);
    }
  }

  private final byte[] text;
  private final Words words = new Words();
  // A record: one object serves every scenario of the piece that keeps GitHub's default subject.
  private final SubjectTemplate githubDefault = SubjectTemplate.githubDefault();
  private final String[][] values = new String[KEYS.length][];
  private final List<String> subjectTemplate = new ArrayList<>();
  private final List<EcrExpectation> ecr = new ArrayList<>();
  // The lists' item readers, made once: a capturing lambda per list would be made through a method
  // handle and a native allocation under C1.
  private final Item subjectTemplateWord = this::subjectTemplateWord;
  private final Item ecrExpectation = this::ecrExpectation;
  private boolean hasSubjectTemplate;
  private boolean hasRun;
  private boolean hasExpect;
  private int at;
  private int end;

  ScenarioLines(byte[] text) {
    this.text = text;
    for (int level = 0; level < KEYS.length; level++) {
      values[level] = new String[KEYS[level].length];
    }
  }

  /**
   * The scenarios of the lines in {@code [from, to)} ({@code from} a line's start, the first of
   * them line {@code firstLine} of the file counting from 0), items indented by {@code indent};
   * null when a line is not a simple item or an item is not a valid scenario. {@code lines} is how
   * many lines break in the range: at most one scenario more.
   */
  List<Scenario> read(
      int from, int to, int firstLine, int lines, int indent, ScenarioFile.Defaults defaults) {
    List<Scenario> scenarios = new ArrayList<>(lines + 1);
    end = to;
    at = from;
    for (int line = firstLine; at < to; line++) {
      int lineStart = at;
      skipSpaces();
      if (at == to || text[at] == '\n') {
        at++;
        continue;
      }
      if (at - lineStart != indent || !startsWith("- {")) {
        return null;
      }
      at += 2;
      clearItem();
      boolean item = mapping(SCENARIO);
      skipSpaces();
      if (!item || (at < to && text[at] != '\n')) {
        return null;
      }
      Scenario scenario = scenario(line + 1, defaults);
      if (scenario == null) {
        return null;
      }
      scenarios.add(scenario);
      at++;
    }
    return scenarios;
  }

  /**
   * The defaults of a header line's flow mapping at {@code from} ({@code defaults: {role: R}}), and
   * after it where the line ends; null when it is not of the simple shape or not valid.
   */
  ScenarioFile.Defaults defaults(int from, int to) {
    end = to;
    at = from;
    Arrays.fill(values[DEFAULTS], null);
    if (!startsWith("{") || !mapping(DEFAULTS)) {
      return null;
    }
    skipSpaces();
    if (at < to && text[at] != '\n') {
      return null;
    }
    String[] given = values[DEFAULTS];
    Duration age = Duration.ZERO;
    if (given[DEFAULT_TOKEN_AGE] != null) {
      age = ScenarioFile.tokenAge(given[DEFAULT_TOKEN_AGE]);
      if (age == null) {
        return null;
      }
    }
    return new ScenarioFile.Defaults(
        Optional.ofNullable(given[DEFAULT_ROLE]),
        given[DEFAULT_AUDIENCE] != null ? given[DEFAULT_AUDIENCE] : ScenarioFile.DEFAULT_AUDIENCE,
        age);
  }

  /** Where the last read stopped: the end of its line. */
  int position() {
    return at;
  }

  private void clearItem() {
    Arrays.fill(values[SCENARIO], null);
    Arrays.fill(values[RUN], null);
    Arrays.fill(values[EXPECT], null);
    subjectTemplate.clear();
    ecr.clear();
    hasSubjectTemplate = false;
    hasRun = false;
    hasExpect = false;
  }

  /** The item just read as a scenario, as {@code ScenarioFile} makes it; null when invalid. */
  private Scenario scenario(int line, ScenarioFile.Defaults defaults) {
    String[] item = values[SCENARIO];
    String[] run = values[RUN];
    String[] expect = values[EXPECT];
    String role = item[ROLE] != null ? item[ROLE] : defaults.role().orElse(null);
    if (item[NAME] == null || !hasRun || !hasExpect || role == null) {
      return null;
    }
    if (run[REPOSITORY] == null || run[REF] == null || expect[ASSUME] == null) {
      return null;
    }
    Duration age = defaults.tokenAge();
    if (run[TOKEN_AGE] != null && (age = ScenarioFile.tokenAge(run[TOKEN_AGE])) == null) {
      return null;
    }
    Verdict assume = Verdict.of(expect[ASSUME]);
    if (assume == null || (run[SOURCE_IP] != null && !RequestOrigin.isAddress(run[SOURCE_IP]))) {
      return null;
    }
    try {
      WorkflowRun workflowRun = RunMapping.workflowRun(run[REPOSITORY], run[REF], this);
      return new Scenario(
          item[NAME],
          line,
          workflowRun,
          role,
          run[AUDIENCE] != null ? run[AUDIENCE] : defaults.audience(),
          age,
          hasSubjectTemplate ? SubjectTemplate.custom(subjectTemplate) : githubDefault,
          assume,
          Optional.ofNullable(expect[ERROR]),
          // Immutable already, so that Scenario's copy is the list itself.
          ecr.isEmpty() ? List.of() : List.copyOf(ecr),
          Optional.ofNullable(run[SOURCE_IP]));
    } catch (RuntimeException invalid) {
      // The general path names the problem.
      return null;
    }
  }

  @Override
  public Optional<String> string(String key) {
    return Optional.ofNullable(values[RUN][runKey(key)]);
  }

  @Override
  public Optional<Boolean> bool(String key) {
    String value = values[RUN][runKey(key)];
    if (value == null) {
      return Optional.empty();
    }
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(key + " is neither true nor false");
    }
    return Optional.of(Boolean.valueOf(value));
  }

  private static int runKey(String key) {
    Integer index = RUN_KEY_INDEX.get(key);
    if (index == null) {
      throw new IllegalArgumentException("not a run key: " + key);
    }
    return index;
  }

  /** A flow mapping of {@code level}'s keys at {@code at} (a '{'), each key once. */
  private boolean mapping(int level) {
    at++;
    int seen = 0;
    do {
      skipSpaces();
      int key = key(KEY_BYTES[level]);
      // "key: value": SnakeYAML would read "key:value" as one word, and refuses duplicate keys.
      if (key < 0 || (seen & (1 << key)) != 0 || !startsWith(": ")) {
        return false;
      }
      seen |= 1 << key;
      at += 2;
      skipSpaces();
      if (!value(level, key)) {
        return false;
      }
      skipSpaces();
    } while (next(','));
    return next('}');
  }

  private boolean value(int level, int key) {
    if (level == SCENARIO && key == RUN_KEY) {
      return hasRun = startsWith("{") && mapping(RUN);
    }
    if (level == SCENARIO && key == EXPECT_KEY) {
      return hasExpect = startsWith("{") && mapping(EXPECT);
    }
    if (level == RUN && key == SUBJECT_TEMPLATE) {
      return hasSubjectTemplate = subjectTemplate();
    }
    if (level == EXPECT && key == ECR_LIST) {
      return ecrList();
    }
    // Names are unique in a generated file; the other values repeat.
    String word = level == SCENARIO && key == NAME ? word(false) : word(true);
    values[level][key] = word;
    return word != null;
  }

  /** A word or a flow list of words. */
  private boolean subjectTemplate() {
    if (!startsWith("[")) {
      String word = word(true);
      subjectTemplate.add(word);
      return word != null;
    }
    return list(subjectTemplateWord);
  }

  private boolean subjectTemplateWord() {
    String word = word(true);
    subjectTemplate.add(word);
    return word != null;
  }

  /** A flow list of ECR expectations, each a flow mapping. */
  private boolean ecrList() {
    return startsWith("[") && list(ecrExpectation);
  }

  private boolean ecrExpectation() {
    String[] given = values[ECR];
    Arrays.fill(given, null);
    if (!startsWith("{") || !mapping(ECR)) {
      return false;
    }
    Verdict expected = given[ECR_EXPECT] == null ? null : Verdict.of(given[ECR_EXPECT]);
    if (given[ACTION] == null || !ScenarioFile.isEcrAction(given[ACTION]) || expected == null) {
      return false;
    }
    ecr.add(
        new EcrExpectation(
            given[ACTION], given[ECR_REPOSITORY] != null ? given[ECR_REPOSITORY] : "*", expected));
    return true;
  }

  private interface Item {
    boolean read();
  }

  /** A flow list at {@code at} (a '['), as FlowItems reads one. */
  private boolean list(Item item) {
    at++;
    skipSpaces();
    if (next(']')) {
      return true;
    }
    do {
      skipSpaces();
      if (!item.read()) {
        return false;
      }
      skipSpaces();
    } while (next(','));
    return next(']');
  }

  /** The index of the key at {@code at} among {@code keys}, -1 when it is another word or none. */
  private int key(byte[][] keys) {
    int from = at;
    if (!skipWord()) {
      return -1;
    }
    // By hand: with C1 only, a call to Arrays.equals per key costs more than the comparison.
    int length = at - from;
    for (int i = 0; i < keys.length; i++) {
      byte[] key = keys[i];
      if (key.length == length && same(key, from)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code bytes} stand at {@code from} in the text (which has room for them). */
  private boolean same(byte[] bytes, int from) {
    byte[] text = this.text;
    for (int i = 0; i < bytes.length; i++) {
      if (text[from + i] != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private String word(boolean repeats) {
    int from = at;
    if (!skipWord()) {
      return null;
    }
    return repeats
        ? words.of(text, from, at)
        : new String(text, from, at - from, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /**
   * Past a word of FlowItems' characters: a letter, digit, {@code _ . /} first, then those and
   * {@code - + @}, and {@code :} when a word character follows it.
   */
  private boolean skipWord() {
    byte[] text = this.text;
    int i = at;
    if (i >= end || text[i] < 0 || WORD[text[i]] != 1) {
      return false;
    }
    for (i++; i < end; i++) {
      byte c = text[i];
      if (c >= 0 && WORD[c] != 0) {
        continue;
      }
      if (c == ':' && i + 1 < end && text[i + 1] >= 0 && WORD[text[i + 1]] != 0) {
        continue;
      }
      break;
    }
    at = i;
    return true;
  }

  private boolean startsWith(String prefix) {
    return startsWith(text, at, end, prefix);
  }

  /** Whether {@code text} has the ASCII {@code prefix} at {@code at}, ending by {@code end}. */
  static boolean startsWith(byte[] text, int at, int end, String prefix) {
    if (at + prefix.length() > end) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (text[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean next(char c) {
    if (at < end && text[at] == c) {
      at++;
      return true;
    }
    return false;
  }

  private void skipSpaces() {
    at = skipSpaces(text, at, end);
  }

  /** The first index from {@code at} (before {@code end}) that is not a space, or {@code end}. */
  static int skipSpaces(byte[] text, int at, int end) {
    while (at < end && text[at] == ' ') {
      at++;
    }
    return at;
  }
}
