package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Whatever list of one-line items it is given, FlowItems either gives up or gives the nodes
 * SnakeYAML composes from the same text: the same mappings, lists and values, on the same lines.
 */
class FlowItemsProperties {
  @Property(tries = 300)
  void readWellFormedItems_areWhatSnakeYamlComposes(
      @ForAll("wellFormedLists") String items, @ForAll("indents") int indent) {
    readItems_areWhatSnakeYamlComposes_orNothing(items, indent);
  }

  @Property(tries = 1000)
  void readItems_areWhatSnakeYamlComposes_orNothing(
      @ForAll("lists") String items, @ForAll("indents") int indent) {
    String indented = items.replace("@", " ".repeat(indent));
    Optional<List<Node>> fast = FlowItems.read("f.yaml", indented, 1, indent);

    Statistics.collect(fast.isPresent() ? "read" : "gave up");
    if (fast.isPresent() && fast.get().isEmpty()) {
      assertThat(indented).isBlank();
    } else if (fast.isPresent()) {
      Node composed = snakeYaml("scenarios:\n" + indented);
      assertThat(composed).as("SnakeYAML refuses what FlowItems read:\n" + indented).isNotNull();
      List<Node> expected = ((SequenceNode) value(composed)).getValue();
      assertThat(fast.get()).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        assertSame(fast.get().get(i), expected.get(i));
      }
    }
  }

  private static Node value(Node root) {
    return ((MappingNode) root).getValue().get(0).getValueNode();
  }

  private static Node snakeYaml(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try {
      return new Yaml(options).compose(new StringReader(yaml));
    } catch (YAMLException e) {
      return null;
    }
  }

  private static void assertSame(Node fast, Node expected) {
    assertThat(fast.getClass()).isEqualTo(expected.getClass());
    assertThat(fast.getStartMark().getLine()).isEqualTo(expected.getStartMark().getLine());
    assertThat(fast.getStartMark().getColumn()).isEqualTo(expected.getStartMark().getColumn());
    if (expected instanceof ScalarNode scalar) {
      assertThat(((ScalarNode) fast).getValue()).isEqualTo(scalar.getValue());
    } else if (expected instanceof SequenceNode sequence) {
      List<Node> items = ((SequenceNode) fast).getValue();
      assertThat(items).hasSameSizeAs(sequence.getValue());
      for (int i = 0; i < items.size(); i++) {
        assertSame(items.get(i), sequence.getValue().get(i));
      }
    } else {
      List<NodeTuple> tuples = ((MappingNode) fast).getValue();
      List<NodeTuple> want = ((MappingNode) expected).getValue();
      assertThat(tuples).hasSameSizeAs(want);
      for (int i = 0; i < tuples.size(); i++) {
        assertSame(tuples.get(i).getKeyNode(), want.get(i).getKeyNode());
        assertSame(tuples.get(i).getValueNode(), want.get(i).getValueNode());
      }
    }
  }

  @Provide
  Arbitrary<Integer> indents() {
    return Arbitraries.of(0, 2, 4);
  }

  @Provide
  Arbitrary<String> wellFormedLists() {
    return lines(mapping(3, 0).map(f -> "@- " + f));
  }

  @Provide
  Arbitrary<String> lists() {
    return lines(
        Arbitraries.frequencyOf(
            Tuple.of(8, mapping(3, 1).map(f -> "@- " + f)),
            Tuple.of(
                1,
                Arbitraries.of(
                    "",
                    "   ",
                    "@# comment",
                    "@- {a: b} # c",
                    "@-  {a: b}",
                    "@- {a: b}\t",
                    "  @- {a: b}",
                    "@- [a]",
                    "@- a"))));
  }

  private static Arbitrary<String> lines(Arbitrary<String> line) {
    return line.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("\n", l) + "\n");
  }

  /** A flow value; with {@code junk} > 0, sometimes something SnakeYAML reads otherwise. */
  private static Arbitrary<String> flow(int depth, int junk) {
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            Tuple.of(
                12,
                Arbitraries.of(
                    "s1",
                    "acme/app",
                    "refs/pull/7/merge",
                    "ecr:PutImage",
                    "6m",
                    "null",
                    "true",
                    "2024-01-01",
                    "a:b",
                    "x-",
                    ".github",
                    "a@b",
                    "a+b",
                    "_x",
                    "GithubOIDCIAMRole")),
            Tuple.of(
                junk,
                Arbitraries.of(
                    "-x", "+1", "a:", "@x", "*", "~", "&a", "!!str x", "'q'", "\"q\"", "a b",
                    "a #b", "a#b", "?x", "a?", "%x", "x,y", "", "é", "a\tb", "|", ">", "[", "}")));
    if (depth <= 0) {
      return word;
    }
    Arbitrary<String> sequence =
        Combinators.combine(flow(depth - 1, junk).list().ofMaxSize(3), separator(junk))
            .as((values, sep) -> "[" + String.join(sep, values) + "]");
    return Arbitraries.frequencyOf(
        Tuple.of(2, word), Tuple.of(2, mapping(depth, junk)), Tuple.of(1, sequence));
  }

  private static Arbitrary<String> mapping(int depth, int junk) {
    Arbitrary<String> key = Arbitraries.of("name", "run", "expect", "ecr", "a", "b", "c", "d");
    Arbitrary<String> colon =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of(": ", ":  ")), Tuple.of(junk, Arbitraries.of(":", " : ")));
    Arbitrary<String> entry =
        Combinators.combine(key, colon, flow(depth - 1, junk)).as((k, c, v) -> k + c + v);
    return Combinators.combine(entry.list().ofMinSize(1 - junk).ofMaxSize(3), separator(junk))
        .as((entries, sep) -> "{" + String.join(sep, entries) + "}");
  }

  private static Arbitrary<String> separator(int junk) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(", ", ",", ",  ")),
        Tuple.of(junk, Arbitraries.of(" , ", ", ,", ",,")));
  }
}
