package dev.rehearsal.runner.action.aws;

import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.token.IdTokenClient;
import dev.rehearsal.runner.token.IdTokenException;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * configure-aws-credentials v3 and v4, step by step as their {@code src/index.ts} (tag v4, 2025-08)
 * runs: OIDC when a role is given, the job may request tokens and no keys, token file or chaining
 * are; the ID token and the role both fetched with retries; {@code Could not assume role with OIDC:
 * <STS message>} on a refusal; the account id and the authenticated ARN as outputs. Not rehearsed:
 * {@code http-proxy} and {@code special-characters-workaround}'s key check.
 */
final class CurrentConfigure {
  private static final int DEFAULT_ROLE_DURATION = 3600;
  private static final String OIDC_HINT =
      "It looks like you might be trying to authenticate with OIDC. Did you mean to set the"
          + " `id-token` permission? If you are not trying to authenticate with OIDC and the action"
          + " is working successfully, you can ignore this message.";

  private final ActionContext context;
  private final RetryBackoff backoff;
  private final boolean v4;
  private final CredentialInputs in;

  CurrentConfigure(ActionContext context, RetryBackoff backoff, boolean v4) {
    this.context = context;
    this.backoff = backoff;
    this.v4 = v4;
    this.in = new CredentialInputs(context);
  }

  void run() {
    String region = context.requiredInput("aws-region");
    boolean outputEnv = !v4 || in.flag("output-env-credentials", true);
    if (in.flag("unset-current-credentials", false) && outputEnv) {
      CredentialSupport.clearCredentials(context);
    }
    if (!region.matches("[a-z0-9-]+")) {
      throw new ActionFailedException("Region is not valid: " + region);
    }
    if (outputEnv) {
      CredentialSupport.exportRegion(context, region);
    }
    if (v4 && in.flag("use-existing-credentials", false) && existingCredentialsValid(region)) {
      return;
    }
    Optional<String> webIdentityToken = useOidc() ? Optional.of(idToken()) : Optional.empty();
    Optional<String> sourceAccountId = sourceCredentials(region, webIdentityToken.isPresent());
    if (in.roleToAssume().isEmpty()) {
      context.log().info("Proceeding with IAM user credentials");
      return;
    }
    AssumedRole role =
        backoff.run(() -> assume(region, sourceAccountId, webIdentityToken), retry(), maxRetries());
    context.log().info("Authenticated as assumedRoleId " + role.assumedRoleId());
    CredentialSupport.exportCredentials(
        context, role.keys(), outputEnv, in.flag("output-credentials", false));
    if (context.env("GITHUB_ACTIONS").isEmpty() || !in.accessKeyId().isEmpty()) {
      CredentialSupport.validateCredentials(context, Optional.of(role.keys().accessKeyId()), false);
    }
    if (outputEnv) {
      exportAccountId(region);
    }
  }

  /** The action's {@code useGitHubOIDCProvider}, with its hint when only the permission lacks. */
  private boolean useOidc() {
    boolean requestToken = !context.env("ACTIONS_ID_TOKEN_REQUEST_TOKEN").isEmpty();
    boolean others =
        !in.roleToAssume().isEmpty()
            && in.tokenFile().isEmpty()
            && in.accessKeyId().isEmpty()
            && !in.roleChaining();
    if (others && !requestToken) {
      context.log().info(OIDC_HINT);
    }
    return others && requestToken;
  }

  /** The keys given as inputs, or the ones the environment already holds; the source account. */
  private Optional<String> sourceCredentials(String region, boolean oidc) {
    Optional<String> sourceAccountId = Optional.empty();
    if (!oidc && !in.accessKeyId().isEmpty()) {
      CredentialSupport.exportCredentials(
          context, in.inputKeys(), true, in.flag("output-credentials", false));
    } else if (!oidc && in.tokenFile().isEmpty() && !in.roleChaining()) {
      CredentialSupport.validateCredentials(context, Optional.empty(), false);
      sourceAccountId = Optional.of(exportAccountId(region));
    }
    if (!in.accessKeyId().isEmpty() || in.roleChaining()) {
      CredentialSupport.validateCredentials(
          context, Optional.of(in.accessKeyId()).filter(id -> !id.isEmpty()), in.roleChaining());
      sourceAccountId = Optional.of(exportAccountId(region));
    }
    return sourceAccountId;
  }

  private boolean existingCredentialsValid(String region) {
    try {
      if (CredentialSupport.callerIdentity(context, region).account() != null) {
        context.log().notice("Pre-existing credentials are valid. No need to generate new ones.");
        return true;
      }
    } catch (ActionFailedException e) {
      // not valid: fetch new ones
    }
    context.log().notice("No valid credentials exist. Running as normal.");
    return false;
  }

  private String idToken() {
    IdTokenClient client = new IdTokenClient(context.environment(), context::setSecret);
    try {
      return backoff.run(() -> client.getIdToken(context.input("audience")), retry(), maxRetries());
    } catch (IdTokenException e) {
      throw new ActionFailedException("getIDToken call failed: " + e.getMessage(), e);
    }
  }

  private AssumedRole assume(
      String region, Optional<String> sourceAccountId, Optional<String> webIdentityToken) {
    RoleRequest role = in.roleRequest(sourceAccountId, DEFAULT_ROLE_DURATION, false);
    if (webIdentityToken.isPresent()) {
      context.log().info("Assuming role with OIDC");
      return prefixed(
          "Could not assume role with OIDC: ",
          () -> CredentialSupport.withWebIdentity(context, region, role, webIdentityToken.get()));
    }
    if (!in.tokenFile().isEmpty()) {
      String token = CredentialSupport.readTokenFile(context, in.tokenFile());
      context.log().info("Assuming role with web identity token file");
      return prefixed(
          "Could not assume role with web identity token file: ",
          () -> CredentialSupport.withWebIdentity(context, region, role, token));
    }
    context.log().info("Assuming role with user credentials");
    return prefixed(
        "Could not assume role with user credentials: ",
        () -> CredentialSupport.withCredentials(context, region, role));
  }

  private static AssumedRole prefixed(String prefix, Supplier<AssumedRole> call) {
    try {
      return call.get();
    } catch (ActionFailedException e) {
      throw new ActionFailedException(prefix + e.getMessage(), e);
    }
  }

  /** {@code exportAccountId}: outputs {@code aws-account-id} and {@code authenticated-arn}. */
  private String exportAccountId(String region) {
    GetCallerIdentityResponse identity = CredentialSupport.callerIdentity(context, region);
    if (identity.account() == null || identity.arn() == null) {
      throw new ActionFailedException(
          "Could not get Account ID or ARN from STS. Did you set credentials?");
    }
    if (in.flag("mask-aws-account-id", false)) {
      context.setSecret(identity.account());
      context.setSecret(identity.arn());
    }
    context.setOutput("aws-account-id", identity.account());
    context.setOutput("authenticated-arn", identity.arn());
    return identity.account();
  }

  /** {@code special-characters-workaround} turns retries back on, with 12 attempts. */
  private boolean retry() {
    return !in.flag("disable-retry", false) || in.flag("special-characters-workaround", false);
  }

  private int maxRetries() {
    if (in.flag("special-characters-workaround", false)) {
      return 12;
    }
    return Math.max(1, CredentialInputs.parseIntOr(context.input("retry-max-attempts"), 12));
  }
}
