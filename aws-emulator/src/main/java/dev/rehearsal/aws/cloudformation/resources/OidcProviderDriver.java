package dev.rehearsal.aws.cloudformation.resources;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.iam.IamShapes.AddClientIDToOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.CreateOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.DeleteOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.GetOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.RemoveClientIDFromOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.TagOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.UntagOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.UpdateOpenIDConnectProviderThumbprintRequest;
import dev.rehearsal.aws.iam.OidcProviderOperations;
import dev.rehearsal.aws.iam.Tag;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.resource.OidcProviderResource;
import dev.rehearsal.core.error.AwsErrorCode;
import java.util.Map;

/**
 * {@code AWS::IAM::OIDCProvider}: {@code CreateOpenIDConnectProvider}; the thumbprints, client ids
 * and tags change in place ({@code UpdateOpenIDConnectProviderThumbprint}, {@code
 * Add/RemoveClientIDToOpenIDConnectProvider}, {@code Tag/UntagOpenIDConnectProvider}).
 */
public final class OidcProviderDriver implements ResourceDriver {
  private final OidcProviderOperations providers;

  public OidcProviderDriver(OidcProviderOperations providers) {
    this.providers = providers;
  }

  @Override
  public String type() {
    return "AWS::IAM::OIDCProvider";
  }

  @Override
  public Applied create(Caller caller, ResolvedResource resource) {
    OidcProviderResource provider = (OidcProviderResource) resource.typed();
    String arn =
        providers
            .createOpenIDConnectProvider(
                caller,
                new CreateOpenIDConnectProviderRequest(
                    provider.url(),
                    provider.clientIds(),
                    provider.thumbprints(),
                    Tags.list(provider.tags(), Tag::new)))
            .openIDConnectProviderArn();
    return applied(arn);
  }

  @Override
  public Applied update(Caller caller, DeployedResource current, ResolvedResource desired) {
    String arn = current.physicalId();
    OidcProviderResource after = (OidcProviderResource) desired.typed();
    if (!Documents.texts(current.properties(), "ThumbprintList").equals(after.thumbprints())) {
      providers.updateOpenIDConnectProviderThumbprint(
          caller, new UpdateOpenIDConnectProviderThumbprintRequest(arn, after.thumbprints()));
    }
    var before = Documents.texts(current.properties(), "ClientIdList");
    for (String id : after.clientIds()) {
      if (!before.contains(id)) {
        providers.addClientIDToOpenIDConnectProvider(
            caller, new AddClientIDToOpenIDConnectProviderRequest(arn, id));
      }
    }
    for (String id : before) {
      if (!after.clientIds().contains(id)) {
        providers.removeClientIDFromOpenIDConnectProvider(
            caller, new RemoveClientIDFromOpenIDConnectProviderRequest(arn, id));
      }
    }
    Tags tags = Tags.between(PropertyTags.of(current.properties()), after.tags());
    if (!tags.removed().isEmpty()) {
      providers.untagOpenIDConnectProvider(
          caller, new UntagOpenIDConnectProviderRequest(arn, tags.removed()));
    }
    if (!tags.set().isEmpty()) {
      providers.tagOpenIDConnectProvider(
          caller, new TagOpenIDConnectProviderRequest(arn, Tags.list(tags.set(), Tag::new)));
    }
    return applied(arn);
  }

  @Override
  public boolean exists(Caller caller, DeployedResource intended) {
    Caller root = Caller.root(caller.accountId());
    return Documents.found(
        () ->
            providers.getOpenIDConnectProvider(
                root, new GetOpenIDConnectProviderRequest(intended.physicalId())),
        AwsErrorCode.NO_SUCH_ENTITY);
  }

  @Override
  public void delete(Caller caller, DeployedResource resource) {
    Documents.ignoringMissing(
        () ->
            providers.deleteOpenIDConnectProvider(
                caller, new DeleteOpenIDConnectProviderRequest(resource.physicalId())),
        AwsErrorCode.NO_SUCH_ENTITY);
  }

  private static Applied applied(String arn) {
    return new Applied(arn, Map.of("Arn", TextNode.valueOf(arn)));
  }
}
