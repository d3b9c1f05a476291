package dev.rehearsal.core.cloudformation.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The intrinsic functions by name (CloudFormation User Guide, "Intrinsic function reference"). A
 * call is an object with exactly one key, {@code Ref} or a name starting with {@code Fn::}.
 */
public final class Functions {
  public static final String REF = "Ref";
  public static final String SUB = "Fn::Sub";
  public static final String GET_ATT = "Fn::GetAtt";
  public static final String JOIN = "Fn::Join";
  public static final String SELECT = "Fn::Select";
  public static final String SPLIT = "Fn::Split";
  public static final String IF = "Fn::If";
  public static final String EQUALS = "Fn::Equals";
  public static final String NOT = "Fn::Not";
  public static final String AND = "Fn::And";
  public static final String OR = "Fn::Or";

  /** Inside a condition, {@code {"Condition": "Name"}} refers to another condition. */
  public static final String CONDITION = "Condition";

  static final Set<String> VALUE_FUNCTIONS = Set.of(REF, SUB, GET_ATT, JOIN, SELECT, SPLIT, IF);
  static final Set<String> CONDITION_FUNCTIONS = Set.of(EQUALS, NOT, AND, OR);

  /** Functions CloudFormation has and this rehearsal does not model. */
  private static final Set<String> UNMODELLED =
      Set.of(
          "Fn::Base64",
          "Fn::Cidr",
          "Fn::FindInMap",
          "Fn::GetAZs",
          "Fn::ImportValue",
          "Fn::Transform",
          "Fn::Length",
          "Fn::ToJsonString",
          "Fn::ForEach",
          "Fn::Contains",
          "Fn::EachMemberEquals",
          "Fn::EachMemberIn",
          "Fn::RefAll",
          "Fn::ValueOf",
          "Fn::ValueOfAll");

  private static final List<String> MODELLED =
      List.of(REF, SUB, GET_ATT, JOIN, SELECT, SPLIT, IF, EQUALS, NOT, AND, OR, CONDITION);

  private Functions() {}

  /** The function {@code node} calls, if it is a call. */
  public static Optional<String> called(JsonNode node) {
    if (node.isObject() && node.size() == 1) {
      String name = node.fieldNames().next();
      if (name.equals(REF) || name.startsWith("Fn::")) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** The single entry of a call. */
  static Map.Entry<String, JsonNode> entry(JsonNode call) {
    return call.properties().iterator().next();
  }

  /**
   * Refuses a function this rehearsal does not model, naming it and its line.
   *
   * @throws TemplateException for every name outside the modelled set
   */
  static TemplateException unsupported(String name, SourceTree tree, String pointer) {
    String where = tree.locate(pointer).map(l -> " at " + l).orElse("");
    if (UNMODELLED.contains(name)) {
      return tree.error(
          "Unsupported intrinsic function "
              + name
              + where
              + ": oidc-rehearsal models only "
              + MODELLED,
          pointer);
    }
    // CloudFormation's own words for a name it does not know.
    return tree.error(
        "Template format error: Encountered unsupported function: "
            + name
            + where
            + " Supported functions are: "
            + MODELLED,
        pointer);
  }
}
