package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.lint.StackLint;
import dev.rehearsal.core.scenario.StackTarget;
import dev.rehearsal.core.scenario.Target;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Resources outside the flow are carried, not interpreted: adding any number of them — of any type,
 * with any properties, referring to the roles, to each other and to parameters — never changes what
 * decides requests about the roles (the scenarios' target: providers, trust and permission
 * policies) nor what lint finds about them.
 */
class OpaqueResourceProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StackSettings ACME = Templates.ACME;
  private static final JsonNode SEED = Template.parse(Templates.seed()).source().root();
  private static final List<String> TYPES =
      List.of(
          "AWS::S3::Bucket",
          "AWS::Lambda::Function",
          "AWS::SNS::Topic",
          "AWS::Serverless::Function",
          "Custom::Thing",
          "AWS::ECR::PullThroughCacheRule",
          "AWS::IAM::InstanceProfile");
  private static final List<String> VALUES =
      List.of(
          "\"literal\"",
          "{\"Ref\": \"Role\"}",
          "{\"Fn::GetAtt\": [\"Role\", \"Arn\"]}",
          "{\"Ref\": \"GitHubOrg\"}",
          "{\"Fn::Sub\": \"${AWS::StackName}-${Role}\"}",
          "{\"Ref\": \"Opaque0\"}",
          "{\"Fn::GetAtt\": [\"Opaque0\", \"Anything\"]}",
          "{\"Fn::ImportValue\": \"shared\"}",
          "[\"a\", {\"Ref\": \"AWS::Region\"}]",
          "{\"Nested\": {\"Deeper\": {\"Ref\": \"Policy\"}}}");

  /** Each opaque resource: a type and the values of its properties. */
  private record Opaque(int type, List<Integer> values) {}

  private static Gen<List<Opaque>> opaques() {
    Gen<Opaque> one =
        integers()
            .between(0, TYPES.size() - 1)
            .zip(
                lists().of(integers().between(0, VALUES.size() - 1)).ofSizeBetween(0, 4),
                Opaque::new);
    return lists().of(one).ofSizeBetween(1, 6);
  }

  private static ResolvedStack resolve(String text) {
    return Template.parseForAnalysis(text).resolve(ACME);
  }

  @Test
  void addingOpaqueResources_neverChangesTheRolesDecisionsOrFindings() {
    ResolvedStack base = resolve(SEED.toString());
    Target target = StackTarget.of(base, Templates.ACCOUNT, Templates.REGION);
    List<String> findings = keys(base);

    qt().withExamples(200)
        .forAll(opaques(), Generate.pick(List.of(true, false)))
        .checkAssert(
            (opaques, dependOnRole) -> {
              ResolvedStack stack = resolve(withOpaques(opaques, dependOnRole).toString());

              assertThat(StackTarget.of(stack, Templates.ACCOUNT, Templates.REGION))
                  .isEqualTo(target);
              assertThat(keys(stack)).isEqualTo(findings);
              assertThat(stack.opaqueResources()).hasSize(opaques.size());
            });
  }

  private static List<String> keys(ResolvedStack stack) {
    return StackLint.lint(stack).stream()
        .map(f -> f.key() + "\u0000" + f.finding().message() + f.location())
        .toList();
  }

  private static JsonNode withOpaques(List<Opaque> opaques, boolean dependOnRole) {
    ObjectNode tree = SEED.deepCopy();
    ObjectNode resources = (ObjectNode) tree.get("Resources");
    for (int i = 0; i < opaques.size(); i++) {
      Opaque opaque = opaques.get(i);
      ObjectNode resource = resources.putObject("Opaque" + i);
      resource.put("Type", TYPES.get(opaque.type()));
      ObjectNode properties = resource.putObject("Properties");
      for (int p = 0; p < opaque.values().size(); p++) {
        int value = opaque.values().get(p);
        if (i == 0 && VALUES.get(value).contains("Opaque0")) {
          value = 0; // a resource does not refer to itself
        }
        properties.set("P" + p, read(VALUES.get(value)));
      }
      if (dependOnRole) {
        resource.put("DependsOn", "Role");
      }
    }
    return tree;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
