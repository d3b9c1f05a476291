package dev.rehearsal.provisioner.direct.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.resource.ManagedPolicyResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

/**
 * {@code AWS::IAM::ManagedPolicy} through IAM: {@code CreatePolicy}, then attached to the roles,
 * users and groups it names. A new document becomes a new default version ({@code
 * CreatePolicyVersion}); IAM keeps at most five versions, so the oldest other one is deleted first
 * when there are five (IAM User Guide, "Versioning IAM policies"). A delete detaches the policy and
 * deletes its other versions, as {@code DeletePolicy} requires.
 */
final class ManagedPolicyDriver implements ResourceDriver {
  private static final String DOCUMENT = "PolicyDocument";
  private static final int MAX_VERSIONS = 5;

  private final IamClient iam;
  private final Principals principals;

  ManagedPolicyDriver(IamClient iam, Principals principals) {
    this.iam = iam;
    this.principals = principals;
  }

  @Override
  public Applied create(ResolvedResource resource) {
    ManagedPolicyResource typed = (ManagedPolicyResource) resource.typed();
    JsonNode properties = resource.properties();
    Policy policy =
        iam.createPolicy(
                b ->
                    b.policyName(typed.name())
                        .path(typed.path())
                        .description(typed.description().orElse(null))
                        .policyDocument(Values.document(properties, DOCUMENT).orElseThrow()))
            .policy();
    List<Principals.Target> targets = Principals.of(properties);
    try {
      targets.forEach(target -> principals.attach(target, policy.arn()));
    } catch (RuntimeException e) {
      throw Undo.after(e, () -> deletePolicy(policy.arn(), targets));
    }
    Map<String, JsonNode> answered = new HashMap<>();
    answered.put("PolicyArn", TextNode.valueOf(policy.arn()));
    answered.put("PolicyId", TextNode.valueOf(policy.policyId()));
    answered.put("DefaultVersionId", TextNode.valueOf(policy.defaultVersionId()));
    answered.put("IsAttachable", BooleanNode.valueOf(!Boolean.FALSE.equals(policy.isAttachable())));
    answered.put("AttachmentCount", IntNode.valueOf(targets.size()));
    return Applied.of(policy.arn(), resource.attributes(), answered);
  }

  @Override
  public Applied update(DeployedResource current, ResolvedResource desired) {
    String arn = current.physicalId();
    JsonNode before = current.properties();
    JsonNode after = desired.properties();
    Map<String, JsonNode> attributes = new HashMap<>(current.attributes());
    if (Values.changed(before, after, DOCUMENT)) {
      makeRoomForAVersion(arn);
      String document = Values.document(after, DOCUMENT).orElseThrow();
      String version =
          iam.createPolicyVersion(b -> b.policyArn(arn).policyDocument(document).setAsDefault(true))
              .policyVersion()
              .versionId();
      attributes.put("DefaultVersionId", TextNode.valueOf(version));
    }
    List<Principals.Target> was = Principals.of(before);
    List<Principals.Target> is = Principals.of(after);
    is.stream().filter(t -> !was.contains(t)).forEach(t -> principals.attach(t, arn));
    was.stream().filter(t -> !is.contains(t)).forEach(t -> principals.detach(t, arn));
    attributes.put("AttachmentCount", IntNode.valueOf(is.size()));
    return new Applied(arn, attributes);
  }

  @Override
  public void delete(DeployedResource resource) {
    Undo.gone(() -> deletePolicy(resource.physicalId(), Principals.of(resource.properties())));
  }

  private void makeRoomForAVersion(String arn) {
    List<PolicyVersion> versions = versions(arn);
    if (versions.size() >= MAX_VERSIONS) {
      versions.stream()
          .filter(v -> !Boolean.TRUE.equals(v.isDefaultVersion()))
          .min(Comparator.comparing(PolicyVersion::createDate))
          .ifPresent(
              oldest ->
                  iam.deletePolicyVersion(b -> b.policyArn(arn).versionId(oldest.versionId())));
    }
  }

  private void deletePolicy(String arn, List<Principals.Target> targets) {
    targets.forEach(target -> principals.detach(target, arn));
    for (PolicyVersion version : versions(arn)) {
      if (!Boolean.TRUE.equals(version.isDefaultVersion())) {
        iam.deletePolicyVersion(b -> b.policyArn(arn).versionId(version.versionId()));
      }
    }
    iam.deletePolicy(b -> b.policyArn(arn));
  }

  private List<PolicyVersion> versions(String arn) {
    return new ArrayList<>(
        iam.listPolicyVersionsPaginator(b -> b.policyArn(arn)).versions().stream().toList());
  }
}
