package dev.rehearsal.provisioner.direct.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::IAM::Policy} through IAM: an inline policy put on each role, user and group it names
 * ({@code PutRolePolicy}...). IAM gives it no id of its own: its physical id is the name
 * CloudFormation generates. An update puts the document where it belongs now and deletes it where
 * it no longer does, under its old name if the name changed.
 */
final class PolicyDriver implements ResourceDriver {
  private static final String DOCUMENT = "PolicyDocument";
  private static final String NAME = "PolicyName";

  private final Principals principals;

  PolicyDriver(Principals principals) {
    this.principals = principals;
  }

  @Override
  public Applied create(ResolvedResource resource) {
    JsonNode properties = resource.properties();
    String name = properties.path(NAME).asText();
    String document = Values.document(properties, DOCUMENT).orElseThrow();
    List<Principals.Target> done = new ArrayList<>();
    try {
      for (Principals.Target target : Principals.of(properties)) {
        principals.put(target, name, document);
        done.add(target);
      }
    } catch (RuntimeException e) {
      throw Undo.after(e, () -> done.forEach(target -> principals.delete(target, name)));
    }
    return new Applied(resource.physicalId(), resource.attributes());
  }

  @Override
  public Applied update(DeployedResource current, ResolvedResource desired) {
    JsonNode before = current.properties();
    JsonNode after = desired.properties();
    String oldName = before.path(NAME).asText();
    String newName = after.path(NAME).asText();
    boolean rewritten = !oldName.equals(newName) || Values.changed(before, after, DOCUMENT);
    List<Principals.Target> was = Principals.of(before);
    List<Principals.Target> is = Principals.of(after);
    String document = Values.document(after, DOCUMENT).orElseThrow();
    for (Principals.Target target : is) {
      if (rewritten || !was.contains(target)) {
        principals.put(target, newName, document);
      }
    }
    for (Principals.Target target : was) {
      if (!oldName.equals(newName) || !is.contains(target)) {
        principals.delete(target, oldName);
      }
    }
    return new Applied(current.physicalId(), current.attributes());
  }

  @Override
  public void delete(DeployedResource resource) {
    JsonNode properties = resource.properties();
    String name = properties.path(NAME).asText();
    Principals.of(properties).forEach(target -> principals.delete(target, name));
  }
}
