package dev.rehearsal.core.cloudformation.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What the intrinsic functions read: parameters, pseudo parameters, resources' {@code Ref} values
 * and attributes, and conditions. Implementations throw {@code TemplateException} for a name they
 * do not know, located at {@code pointer}.
 */
public interface Scope {
  /** What {@code Ref name} returns; empty for {@code AWS::NoValue}, which removes the property. */
  Optional<JsonNode> ref(String name, String pointer);

  /** What {@code Fn::GetAtt [resource, attribute]} returns. */
  JsonNode getAtt(String resource, String attribute, String pointer);

  /** The value of the named condition. */
  boolean condition(String name, String pointer);

  /**
   * What a call of a function this rehearsal does not evaluate stands for, when the scope allows
   * one (a template read for analysis gives a symbol); empty to refuse the function.
   */
  default Optional<JsonNode> unevaluated(String function, String pointer) {
    return Optional.empty();
  }
}
