package dev.rehearsal.cli.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.DataOption;
import dev.rehearsal.cli.world.WorldRecord;
import dev.rehearsal.core.federation.DecodedJwt;
import dev.rehearsal.core.federation.JwtDecoder;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rehearse token}: a GitHub Actions OIDC token for a run context, from the running
 * oidc-emulator, printed alone on a line and then decoded — the claims a trust policy sees.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "Ask the running oidc-emulator ('rehearse up') for the OIDC token GitHub Actions would give a"
          + " job of this run context, print it alone on a line, then its header and claims.",
      "",
      "The 'sub' claim is what trust policies test most (facts.md): for a branch"
          + " repo:OWNER/REPO:ref:refs/heads/BRANCH, a tag ...:ref:refs/tags/TAG, a pull request"
          + " repo:OWNER/REPO:pull_request, a job with an environment"
          + " repo:OWNER/REPO:environment:NAME.",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse token --repo acme/app --ref main",
      "  rehearse token --repo acme/app --ref main --environment prod --format json",
      "  rehearse token --repo acme/app --ref refs/pull/7/merge --event pull_request",
      "  rehearse token --repo acme/app --ref main"
          + " --workflow-ref acme/app/.github/workflows/release.yml@refs/heads/main",
      "  TOKEN=$(rehearse token --repo acme/app --ref main | head -1)",
    })
public final class TokenCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Mixin RunOptions run;

  @Option(
      names = "--audience",
      paramLabel = "AUD",
      description =
          "aud claim (default: https://github.com/OWNER, GitHub's; configure-aws-credentials asks"
              + " for sts.amazonaws.com)")
  Optional<String> audience;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin DataOption data;

  enum Format {
    text,
    json
  }

  @Override
  public Integer call() throws Exception {
    RunContext context = run.context(audience);
    DataDirectory directory = data.directory();
    WorldRecord world =
        WorldRecord.running(directory, ": start one with 'rehearse up' (in another shell) first");
    String jwt = new IssuerClient(directory, world).mint(context);
    DecodedJwt decoded =
        JwtDecoder.decode(jwt)
            .orElseThrow(() -> new UserError("the oidc-emulator answered something not a JWT"));
    print(spec.commandLine().getOut(), jwt, decoded);
    return Rehearse.OK;
  }

  private void print(PrintWriter out, String jwt, DecodedJwt token) throws Exception {
    if (format == Format.json) {
      ObjectNode result = JSON.createObjectNode();
      result.put("token", jwt);
      result.set("header", token.header());
      result.set("claims", token.claims());
      out.println(JSON.writeValueAsString(result));
      return;
    }
    out.println(jwt);
    out.println();
    out.println("header:");
    out.println(JSON.writeValueAsString(token.header()));
    out.println("claims:");
    out.println(JSON.writeValueAsString(token.claims()));
    token
        .numericDate("exp")
        .ifPresent(
            exp -> out.println("expires " + Instant.ofEpochSecond(exp) + " (GitHub: 5 minutes)"));
    out.flush();
  }
}
