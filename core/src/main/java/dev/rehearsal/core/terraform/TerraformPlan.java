package dev.rehearsal.core.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Terraform plan ({@code terraform show -json PLANFILE}) read as the template it amounts to for
 * the flow: {@code aws_iam_openid_connect_provider}, {@code aws_iam_role} (its {@code
 * assume_role_policy} and {@code inline_policy} blocks), {@code aws_iam_role_policy}, {@code
 * aws_iam_policy} with {@code aws_iam_role_policy_attachment}, {@code aws_ecr_repository} with
 * {@code aws_ecr_repository_policy} (argument names from the AWS provider's resource pages). A
 * value the plan knows only after apply is followed to the resource the configuration's expression
 * references ({@code aws_iam_policy.push.arn}); one that references nothing in the plan is a symbol
 * standing for an opaque resource named {@code KnownAfterApply…}, never a guessed value. Other
 * resource types do not enter the flow and are left out.
 *
 * <pre>{@code
 * TerraformPlan plan = TerraformPlan.read(json);
 * ResolvedStack stack = plan.template().resolve(settings);
 * String address = plan.address("AwsIamRoleGithub"); // module.x.aws_iam_role.github[0]
 * }</pre>
 */
public final class TerraformPlan {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern ACCOUNT = Pattern.compile("^arn:[a-z-]+:iam::([0-9]{12}):");

  private final SourceTree source;
  private final Template template;
  private final Map<String, PlannedResource> byLogicalId;
  private final Optional<String> accountId;
  private final List<String> unread;

  private TerraformPlan(
      SourceTree source,
      Template template,
      Map<String, PlannedResource> byLogicalId,
      Optional<String> accountId,
      List<String> unread) {
    this.unread = List.copyOf(unread);
    this.source = source;
    this.template = template;
    this.byLogicalId = byLogicalId;
    this.accountId = accountId;
  }

  /** Whether {@code root} is a plan's JSON: a {@code format_version} and planned values. */
  public static boolean isPlan(JsonNode root) {
    return root.has("format_version")
        && (root.has("planned_values") || root.has("resource_changes"));
  }

  /**
   * Reads the plan.
   *
   * @throws TemplateException when it is not a plan of a major format version this reads (1.x), or
   *     the flow's resources it holds are invalid
   */
  public static TerraformPlan read(String text) {
    SourceTree source = SourceTree.read(text);
    JsonNode root = source.root();
    if (!isPlan(root)) {
      throw new TemplateException("not a Terraform plan: no format_version and planned_values");
    }
    String version = root.path("format_version").asText();
    if (!version.startsWith("1.") && !version.startsWith("0.")) {
      // "Reject any input which reports an unsupported major version" (JSON Output Format).
      throw new TemplateException("Terraform plan format_version " + version + " is not 1.x");
    }
    List<PlannedResource> resources = PlanReader.read(root);
    TemplateBuilder builder = new TemplateBuilder(resources);
    ObjectNode cloudformation = builder.build();
    Template template = Template.parseForAnalysis(cloudformation.toString());
    return new TerraformPlan(
        source, template, builder.logicalIds(), account(resources), builder.unread());
  }

  /** The plan as a template read for analysis: resolve it as any other. */
  public Template template() {
    return template;
  }

  /** The Terraform address of the resource the template calls {@code logicalId}. */
  public String address(String logicalId) {
    PlannedResource resource = byLogicalId.get(logicalId);
    return resource == null ? logicalId : resource.address();
  }

  /** Where the plan file holds the resource {@code logicalId}: its entry in planned_values. */
  public Optional<Location> locate(String logicalId) {
    PlannedResource resource = byLogicalId.get(logicalId);
    return resource == null ? Optional.empty() : source.locate(resource.pointer() + "/address");
  }

  /**
   * The flow's resources the plan cannot give, one sentence each: a policy known only after apply
   * (computed from a resource the plan creates), so the resource is not analysed.
   */
  public List<String> unread() {
    return unread;
  }

  /** The account the plan's known IAM ARNs are in, if they name one. */
  public Optional<String> accountId() {
    return accountId;
  }

  private static Optional<String> account(List<PlannedResource> resources) {
    for (PlannedResource resource : resources) {
      Optional<String> arn = resource.text("arn");
      if (arn.isPresent()) {
        Matcher matcher = ACCOUNT.matcher(arn.get());
        if (matcher.find()) {
          return Optional.of(matcher.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /** Builds the CloudFormation template of the plan's flow resources. */
  private static final class TemplateBuilder {
    private final List<PlannedResource> resources;
    private final Map<String, PlannedResource> logicalIds = new LinkedHashMap<>();
    private final Map<String, String> byAddress = new HashMap<>();
    private final ObjectNode out = NODES.objectNode();
    private final ObjectNode section = out.putObject("Resources");
    private final Values values;
    private final List<String> unread = new ArrayList<>();

    TemplateBuilder(List<PlannedResource> resources) {
      this.resources = resources;
      for (PlannedResource resource : resources) {
        Optional<String> unknown = TerraformTypes.unknownPolicy(resource);
        if (unknown.isPresent()) {
          unread.add(
              resource.address()
                  + ": "
                  + unknown.get()
                  + " is known only after apply"
                  + Optional.of(resource.references().getOrDefault(unknown.get(), List.of()))
                      .filter(r -> !r.isEmpty())
                      .map(r -> " (it reads " + String.join(", ", r) + ")")
                      .orElse("")
                  + "; not analysed. Plan against state where what it reads exists, or"
                  + " write the policy without computed values");
        } else if (TerraformTypes.inFlow(resource.type())) {
          String id = logicalId(resource.address());
          logicalIds.put(id, resource);
          byAddress.put(resource.address(), id);
        }
      }
      this.values = new Values(resources, byAddress, section);
    }

    List<String> unread() {
      return unread;
    }

    Map<String, PlannedResource> logicalIds() {
      return Map.copyOf(logicalIds);
    }

    ObjectNode build() {
      out.put("Description", "Resources of a Terraform plan, read by oidc-rehearsal");
      logicalIds.forEach(
          (id, resource) -> section.set(id, TerraformTypes.resource(resource, values)));
      TerraformTypes.attach(resources, values, section, byAddress);
      if (section.isEmpty()) {
        throw new TemplateException(
            "the Terraform plan has none of the resource types of the flow that it can read: "
                + TerraformTypes.NAMES
                + (unread.isEmpty() ? "" : "; " + String.join("; ", unread)));
      }
      return out;
    }

    private String logicalId(String address) {
      StringBuilder id = new StringBuilder();
      for (String part : address.split("[^A-Za-z0-9]+")) {
        if (!part.isEmpty()) {
          id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
      }
      String base = id.length() == 0 ? "Resource" : id.toString();
      String unique = base;
      for (int n = 2; logicalIds.containsKey(unique); n++) {
        unique = base + n;
      }
      return unique;
    }
  }
}
