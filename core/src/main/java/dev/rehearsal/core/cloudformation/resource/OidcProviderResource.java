package dev.rehearsal.core.cloudformation.resource;

import java.util.List;
import java.util.Map;

/** An IAM OIDC identity provider ({@code AWS::IAM::OIDCProvider}). */
public record OidcProviderResource(
    String logicalId,
    String arn,
    String url,
    List<String> clientIds,
    List<String> thumbprints,
    Map<String, String> tags)
    implements TypedResource {
  public OidcProviderResource {
    clientIds = List.copyOf(clientIds);
    thumbprints = List.copyOf(thumbprints);
    tags = Map.copyOf(tags);
  }
}
