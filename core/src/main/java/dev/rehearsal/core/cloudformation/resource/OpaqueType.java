package dev.rehearsal.core.cloudformation.resource;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.cloudformation.symbol.Symbols;
import java.util.Map;
import java.util.Set;

/**
 * A resource type outside the flow ({@code AWS::S3::Bucket}, {@code AWS::Lambda::Function}, {@code
 * AWS::Serverless::Function}, {@code Custom::…}), carried by a template analysis without being
 * interpreted: its properties are not read, {@code Ref} to it is the symbol {@code {{LogicalId}}}
 * and {@code Fn::GetAtt} of any attribute the symbol {@code {{LogicalId.Attribute}}}. Deploying
 * refuses these types ({@code Template.parse}); only {@code Template.parseForAnalysis} makes them.
 */
public final class OpaqueType implements ResourceType {
  private final String name;

  public OpaqueType(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  /** None is known; {@link #hasAttribute} accepts every name, as the type's schema is not read. */
  @Override
  public Set<String> attributes() {
    return Set.of();
  }

  @Override
  public boolean hasAttribute(String attribute) {
    return true;
  }

  @Override
  public Set<String> replacementProperties() {
    return Set.of();
  }

  @Override
  public ResourceValues resolve(Properties properties, StackEnvironment stack) {
    String logicalId = properties.logicalId();
    return new ResourceValues(Symbols.of(logicalId), Map.of(), new OpaqueResource(logicalId, name));
  }

  /** What {@code Fn::GetAtt} of {@code attribute} gives: a symbol. */
  public static TextNode attribute(String logicalId, String attribute) {
    return TextNode.valueOf(Symbols.of(logicalId + "." + attribute));
  }
}
