package dev.rehearsal.core.cloudformation.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A template's text read into a JSON tree, short YAML tags already turned into their long {@code
 * Fn::} form, with the location of every node.
 */
public record SourceTree(JsonNode root, SourceMap sourceMap) {
  public SourceTree {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(sourceMap, "sourceMap");
  }

  /** A copy of the tree: changing it changes nothing. */
  @Override
  public JsonNode root() {
    return root.deepCopy();
  }

  /**
   * Reads a template in JSON (its first non-blank character is <code>{</code>) or YAML
   * (CloudFormation User Guide, "Template formats").
   *
   * @throws TemplateException when the text is not well-formed, with CloudFormation's message
   */
  public static SourceTree read(String text) {
    Objects.requireNonNull(text, "text");
    return text.stripLeading().startsWith("{") ? JsonReader.read(text) : YamlReader.read(text);
  }

  /** The location of the node at {@code pointer}, or of its nearest written ancestor. */
  public Optional<Location> locate(String pointer) {
    return sourceMap.locate(pointer);
  }

  /** An error located at {@code pointer}. */
  public TemplateException error(String message, String pointer) {
    return new TemplateException(message, locate(pointer));
  }
}
