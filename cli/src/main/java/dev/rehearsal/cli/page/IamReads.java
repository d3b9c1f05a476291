package dev.rehearsal.cli.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.core.federation.OidcProvider;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetOpenIdConnectProviderResponse;

/** What the page reads of IAM, through its API, for the world's view and for a trial alike. */
final class IamReads {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One permission policy of a role: inline, or a managed policy attached to it. */
  record Policy(String name, String kind, String arn, JsonNode document) {}

  /** An OIDC provider as core models it, and as IAM described it (its tags included). */
  record Provider(OidcProvider provider, GetOpenIdConnectProviderResponse described) {}

  private final Clients aws;

  IamReads(Clients aws) {
    this.aws = aws;
  }

  List<Provider> providers() {
    List<Provider> providers = new ArrayList<>();
    for (var entry : aws.iam().listOpenIDConnectProviders().openIDConnectProviderList()) {
      var described =
          aws.iam().getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(entry.arn()));
      providers.add(
          new Provider(
              new OidcProvider(
                  entry.arn(),
                  described.url(),
                  described.clientIDList(),
                  described.thumbprintList()),
              described));
    }
    return providers;
  }

  /** The role's inline policies, then its attached managed policies' default versions. */
  List<Policy> policies(String roleName) {
    List<Policy> policies = new ArrayList<>();
    for (String name : aws.iam().listRolePolicies(r -> r.roleName(roleName)).policyNames()) {
      String text =
          aws.iam().getRolePolicy(r -> r.roleName(roleName).policyName(name)).policyDocument();
      policies.add(new Policy(name, "inline", null, document(text)));
    }
    for (AttachedPolicy attached :
        aws.iam().listAttachedRolePolicies(r -> r.roleName(roleName)).attachedPolicies()) {
      String arn = attached.policyArn();
      String version = aws.iam().getPolicy(r -> r.policyArn(arn)).policy().defaultVersionId();
      String text =
          aws.iam()
              .getPolicyVersion(r -> r.policyArn(arn).versionId(version))
              .policyVersion()
              .document();
      policies.add(new Policy(attached.policyName(), "managed", arn, document(text)));
    }
    return policies;
  }

  /**
   * A policy document as JSON. IAM returns documents URL-encoded (RFC 3986) in its query API's
   * answers (IAM API Reference, {@code GetRole}: "The policy document is URL-encoded"); the SDK
   * hands them over as they came.
   */
  static JsonNode document(String text) {
    if (text == null) {
      return JSON.nullNode();
    }
    String json =
        text.stripLeading().startsWith("{")
            ? text
            : URLDecoder.decode(text, StandardCharsets.UTF_8);
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(json);
    }
  }
}
