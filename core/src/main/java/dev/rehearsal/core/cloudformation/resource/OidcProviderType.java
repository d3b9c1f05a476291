package dev.rehearsal.core.cloudformation.resource;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::IAM::OIDCProvider} (User Guide, resource reference): {@code Ref} returns the ARN,
 * {@code Fn::GetAtt Arn} too. The ARN names the provider by its URL without {@code https://}:
 * {@code arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com} (IAM User
 * Guide, "Create an OpenID Connect (OIDC) identity provider in IAM").
 */
final class OidcProviderType implements ResourceType {
  private static final Set<String> PROPERTIES =
      Set.of("Url", "ClientIdList", "ThumbprintList", "Tags");
  private static final String SCHEME = "https://";

  @Override
  public String name() {
    return "AWS::IAM::OIDCProvider";
  }

  @Override
  public Set<String> attributes() {
    return Set.of("Arn");
  }

  @Override
  public Set<String> replacementProperties() {
    return Set.of("Url");
  }

  @Override
  public ResourceValues resolve(Properties properties, StackEnvironment stack) {
    properties.requireKnown(PROPERTIES);
    String url = properties.requiredString("Url");
    if (!properties.unknown(url) && (!url.startsWith(SCHEME) || url.length() == SCHEME.length())) {
      throw properties.invalid(
          "#/Url: string [" + url + "] does not match pattern https://.*", "Url");
    }
    String arn =
        "arn:"
            + stack.partition()
            + ":iam::"
            + stack.accountId()
            + ":oidc-provider/"
            + (url.startsWith(SCHEME) ? url.substring(SCHEME.length()) : url);
    OidcProviderResource typed =
        new OidcProviderResource(
            properties.logicalId(),
            arn,
            url,
            properties.strings("ClientIdList"),
            properties.strings("ThumbprintList"),
            properties.tags());
    return new ResourceValues(arn, Map.of("Arn", TextNode.valueOf(arn)), typed);
  }
}
