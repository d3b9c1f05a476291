package dev.rehearsal.provisioner.direct.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.resource.OidcProviderResource;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * {@code AWS::IAM::OIDCProvider} through IAM: {@code CreateOpenIDConnectProvider}; an update
 * replaces the thumbprints ({@code UpdateOpenIDConnectProviderThumbprint}), adds and removes client
 * ids one by one, and tags; {@code Url} cannot change in place (the plan replaces).
 */
final class OidcProviderDriver implements ResourceDriver {
  private final IamClient iam;

  OidcProviderDriver(IamClient iam) {
    this.iam = iam;
  }

  @Override
  public Applied create(ResolvedResource resource) {
    OidcProviderResource provider = (OidcProviderResource) resource.typed();
    String arn =
        iam.createOpenIDConnectProvider(
                b -> {
                  b.url(provider.url())
                      .clientIDList(provider.clientIds())
                      .tags(RoleDriver.tags(Values.tags(resource.properties())));
                  // IAM has taken a provider without thumbprints since 2024: sending an empty list
                  // would be refused as too short.
                  if (!provider.thumbprints().isEmpty()) {
                    b.thumbprintList(provider.thumbprints());
                  }
                })
            .openIDConnectProviderArn();
    return Applied.of(arn, resource.attributes(), Map.of("Arn", TextNode.valueOf(arn)));
  }

  @Override
  public Applied update(DeployedResource current, ResolvedResource desired) {
    String arn = current.physicalId();
    JsonNode before = current.properties();
    JsonNode after = desired.properties();
    if (Values.changed(before, after, "ThumbprintList")) {
      List<String> thumbprints = Values.strings(after, "ThumbprintList");
      iam.updateOpenIDConnectProviderThumbprint(
          b -> b.openIDConnectProviderArn(arn).thumbprintList(thumbprints));
    }
    Values.updateList(
        before,
        after,
        "ClientIdList",
        id ->
            iam.addClientIDToOpenIDConnectProvider(
                b -> b.openIDConnectProviderArn(arn).clientID(id)),
        id ->
            iam.removeClientIDFromOpenIDConnectProvider(
                b -> b.openIDConnectProviderArn(arn).clientID(id)));
    Values.updateTags(
        before,
        after,
        keys -> iam.untagOpenIDConnectProvider(b -> b.openIDConnectProviderArn(arn).tagKeys(keys)),
        tags ->
            iam.tagOpenIDConnectProvider(
                b -> b.openIDConnectProviderArn(arn).tags(RoleDriver.tags(tags))));
    return new Applied(arn, current.attributes());
  }

  @Override
  public void delete(DeployedResource resource) {
    Undo.gone(
        () ->
            iam.deleteOpenIDConnectProvider(
                b -> b.openIDConnectProviderArn(resource.physicalId())));
  }
}
