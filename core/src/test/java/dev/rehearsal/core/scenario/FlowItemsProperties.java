package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import dev.rehearsal.core.property.Labels;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
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
  /**
   * jqwik ran 300 tries, about 70% of them read (its edge cases, simple items, came often); these
   * generators give deeper items, about a third read, so 700 examples check at least as many reads.
   */
  @Test
  void readWellFormedItems_areWhatSnakeYamlComposes() {
    Labels labels = new Labels("FlowItemsProperties:readWellFormedItems areWhatSnakeYamlComposes");
    qt().withExamples(700)
        .forAll(wellFormedLists(300), indents())
        .checkAssert((items, indent) -> areWhatSnakeYamlComposes_orNothing(items, indent, labels));
    labels.print();
  }

  /** jqwik read about 11% of 1,000 tries; these read about 5%, so 2,500 examples. */
  @Test
  void readItems_areWhatSnakeYamlComposes_orNothing() {
    Labels labels = new Labels("FlowItemsProperties:readItems areWhatSnakeYamlComposes orNothing");
    qt().withExamples(2500)
        .forAll(lists(1000), indents())
        .checkAssert((items, indent) -> areWhatSnakeYamlComposes_orNothing(items, indent, labels));
    labels.print();
  }

  private static void areWhatSnakeYamlComposes_orNothing(String items, int indent, Labels labels) {
    String indented = items.replace("@", " ".repeat(indent));
    Optional<List<Node>> fast = FlowItems.read("f.yaml", indented, 1, indent);

    labels.collect(fast.isPresent() ? "read" : "gave up");
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

  private static Gen<Integer> indents() {
    return Gens.of(0, 2, 4);
  }

  private static Gen<String> wellFormedLists(int tries) {
    return lines(mapping(3, 0, tries).map(f -> "@- " + f), tries);
  }

  private static Gen<String> lists(int tries) {
    return lines(
        Gens.frequency(
            8,
            mapping(3, 1, tries).map(f -> "@- " + f),
            1,
            Gens.of(
                "",
                "   ",
                "@# comment",
                "@- {a: b} # c",
                "@-  {a: b}",
                "@- {a: b}\t",
                "  @- {a: b}",
                "@- [a]",
                "@- a")),
        tries);
  }

  private static Gen<String> lines(Gen<String> line, int tries) {
    return Gens.lists(line, 1, 4, tries).map(l -> String.join("\n", l) + "\n");
  }

  /** A flow value; with {@code junk} > 0, sometimes something SnakeYAML reads otherwise. */
  private static Gen<String> flow(int depth, int junk, int tries) {
    Gen<String> word =
        Gens.frequency(
            12,
            Gens.of(
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
                "GithubOIDCIAMRole"),
            junk,
            Gens.of(
                "-x", "+1", "a:", "@x", "*", "~", "&a", "!!str x", "'q'", "\"q\"", "a b", "a #b",
                "a#b", "?x", "a?", "%x", "x,y", "", "é", "a\tb", "|", ">", "[", "}"));
    if (depth <= 0) {
      return word;
    }
    Gen<String> sequence =
        Gens.lists(flow(depth - 1, junk, tries), 0, 3, tries)
            .zip(separator(junk), (values, sep) -> "[" + String.join(sep, values) + "]");
    return Gens.frequency(2, word, 2, mapping(depth, junk, tries), 1, sequence);
  }

  private static Gen<String> mapping(int depth, int junk, int tries) {
    Gen<String> key = Gens.of("name", "run", "expect", "ecr", "a", "b", "c", "d");
    Gen<String> colon = Gens.frequency(6, Gens.of(": ", ":  "), junk, Gens.of(":", " : "));
    Gen<String> entry = key.zip(colon, flow(depth - 1, junk, tries), (k, c, v) -> k + c + v);
    return Gens.lists(entry, 1 - junk, 3, tries)
        .zip(separator(junk), (entries, sep) -> "{" + String.join(sep, entries) + "}");
  }

  private static Gen<String> separator(int junk) {
    return Gens.frequency(6, Gens.of(", ", ",", ",  "), junk, Gens.of(" , ", ", ,", ",,"));
  }
}
