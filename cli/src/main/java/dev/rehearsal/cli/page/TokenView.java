package dev.rehearsal.cli.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.token.IssuerClient;
import dev.rehearsal.cli.token.RunContext;
import dev.rehearsal.core.federation.DecodedJwt;
import dev.rehearsal.core.federation.JwtDecoder;
import dev.rehearsal.core.federation.ProviderUrls;
import dev.rehearsal.core.federation.WebIdentityConditionKeys;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mint and read a token: a run context from the page's form, minted by the running oidc-emulator's
 * admin API as {@code rehearse token} mints it, and its claims, each with what it means and the
 * trust-policy condition key it feeds.
 */
final class TokenView {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What configure-aws-credentials asks GitHub for (facts.md), unless the form says otherwise. */
  static final String STS_AUDIENCE = "sts.amazonaws.com";

  private final IssuerClient issuer;

  TokenView(IssuerClient issuer) {
    this.issuer = issuer;
  }

  ObjectNode mint(JsonNode form) throws IOException, InterruptedException {
    String repository = field(form, "repository").orElse("acme/test-service");
    RunContext context =
        RunContext.of(
            repository,
            field(form, "ref").orElse("main"),
            field(form, "event").orElse("push"),
            field(form, "environment"),
            field(form, "actor").orElse("octocat"),
            field(form, "reusableWorkflow"),
            Optional.of(field(form, "audience").orElse(STS_AUDIENCE)),
            field(form, "baseRef").orElse("main"),
            field(form, "headRef").orElse("feature"));
    field(form, "workflow").ifPresent(name -> context.json().put("workflow", name));
    String jwt = issuer.mint(context);
    DecodedJwt token =
        JwtDecoder.decode(jwt)
            .orElseThrow(() -> new UserError("the oidc-emulator answered something not a JWT"));
    ObjectNode out = JSON.createObjectNode();
    out.put("token", jwt);
    out.set("header", token.header());
    out.set("claims", annotated(token.claims()));
    String owner = repository.substring(0, Math.max(0, repository.indexOf('/')));
    out.set(
        "subject",
        SubjectView.explain(
            token.claims(),
            issuer.get("/repos/" + repository + "/actions/oidc/customization/sub"),
            issuer.get("/orgs/" + owner + "/actions/oidc/customization/sub")));
    return out;
  }

  /** Each claim with its meaning and, when a trust policy can test it, its condition key. */
  static ArrayNode annotated(JsonNode claims) {
    List<String> keys = WebIdentityConditionKeys.claimKeys(ProviderUrls.GITHUB_HOST);
    ArrayNode out = JSON.createArrayNode();
    for (Map.Entry<String, JsonNode> claim : claims.properties()) {
      ObjectNode item = out.addObject();
      item.put("name", claim.getKey());
      item.set("value", claim.getValue());
      item.put("meaning", ClaimMeanings.of(claim.getKey()));
      if (keys.contains(claim.getKey())) {
        item.put("conditionKey", ProviderUrls.GITHUB_HOST + ":" + claim.getKey());
      }
    }
    return out;
  }

  /** A form field, absent when missing or blank. */
  static Optional<String> field(JsonNode form, String name) {
    JsonNode value = form.path(name);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText().strip())
        : Optional.empty();
  }
}
