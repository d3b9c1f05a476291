package dev.rehearsal.runner.action.aws;

import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.token.IdTokenClient;
import dev.rehearsal.runner.token.IdTokenException;
import java.util.Optional;

/**
 * configure-aws-credentials v1 and v2 (their {@code index.js}, tags v1 of 2022-08 and v2 of
 * 2023-06): OIDC only when the job has a token request token; otherwise the credentials the
 * environment holds, so that a job without {@code id-token: write} fails with {@code Credentials
 * could not be loaded, please check your action inputs: Could not load credentials from any
 * providers}. The role call is retried 12 times whatever the error, and its failure is STS's
 * message alone. The account id is masked unless {@code mask-aws-account-id} is {@code false}.
 */
final class LegacyConfigure {
  private static final int SIX_HOURS = 6 * 3600;
  private static final int ONE_HOUR = 3600;

  private final ActionContext context;
  private final RetryBackoff backoff;
  private final boolean v2;
  private final CredentialInputs in;

  LegacyConfigure(ActionContext context, RetryBackoff backoff, boolean v2) {
    this.context = context;
    this.backoff = backoff;
    this.v2 = v2;
    this.in = new CredentialInputs(context);
  }

  void run() {
    String region = context.requiredInput("aws-region");
    boolean roleChaining = v2 && in.roleChaining();
    if (!region.matches("[a-z0-9-]+")) {
      throw new ActionFailedException("Region is not valid: " + region);
    }
    CredentialSupport.exportRegion(context, region);
    boolean oidc =
        !in.roleToAssume().isEmpty()
            && !context.env("ACTIONS_ID_TOKEN_REQUEST_TOKEN").isEmpty()
            && in.accessKeyId().isEmpty()
            && in.tokenFile().isEmpty()
            && !roleChaining;
    if (!in.accessKeyId().isEmpty()) {
      CredentialSupport.exportCredentials(context, in.inputKeys(), true, false);
    }
    Optional<String> sourceAccountId = Optional.empty();
    Optional<String> webIdentityToken = Optional.empty();
    int duration = defaultDuration(roleChaining);
    if (oidc) {
      webIdentityToken = Optional.of(idToken());
      duration = ONE_HOUR;
    } else {
      CredentialSupport.validateCredentials(
          context, Optional.of(in.accessKeyId()).filter(id -> !id.isEmpty()), roleChaining);
      sourceAccountId = Optional.of(exportAccountId(region));
    }
    if (in.roleToAssume().isEmpty()) {
      return;
    }
    RoleRequest role = in.roleRequest(sourceAccountId, duration, true);
    Optional<String> token = webIdentityToken;
    AssumedRole assumed = backoff.run(() -> assume(region, role, token), true, 12);
    CredentialSupport.exportCredentials(context, assumed.keys(), true, false);
    if (context.env("GITHUB_ACTIONS").isEmpty() || !in.accessKeyId().isEmpty()) {
      CredentialSupport.validateCredentials(
          context, Optional.of(assumed.keys().accessKeyId()), false);
    }
    exportAccountId(region);
  }

  /** 6 hours, or 1 hour with a session token or role chaining (v2); OIDC sets 1 hour itself. */
  private int defaultDuration(boolean roleChaining) {
    boolean oneHour = v2 && (!context.input("aws-session-token").isEmpty() || roleChaining);
    return oneHour ? ONE_HOUR : SIX_HOURS;
  }

  private String idToken() {
    try {
      return new IdTokenClient(context.environment(), context::setSecret)
          .getIdToken(context.input("audience"));
    } catch (IdTokenException e) {
      throw new ActionFailedException(e.getMessage(), e);
    }
  }

  private AssumedRole assume(String region, RoleRequest role, Optional<String> webIdentityToken) {
    // The environment is checked in the retried call, as v1 asserts it inside assumeRole.
    CredentialSupport.sessionTags(context, true);
    if (webIdentityToken.isPresent()) {
      return CredentialSupport.withWebIdentity(context, region, role, webIdentityToken.get());
    }
    if (!in.tokenFile().isEmpty()) {
      String token = CredentialSupport.readTokenFile(context, in.tokenFile());
      return CredentialSupport.withWebIdentity(context, region, role, token);
    }
    return CredentialSupport.withCredentials(context, region, role);
  }

  /** v1's {@code exportAccountId}: masked unless asked not to; {@code aws-account-id} output. */
  private String exportAccountId(String region) {
    String account = CredentialSupport.callerIdentity(context, region).account();
    String mask = context.input("mask-aws-account-id");
    if (mask.isEmpty() || mask.equalsIgnoreCase("true")) {
      context.setSecret(account);
    }
    context.setOutput("aws-account-id", account);
    return account;
  }
}
