package dev.rehearsal.cli.token;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.DataOption;
import dev.rehearsal.cli.world.Emulator;
import dev.rehearsal.cli.world.WorldRecord;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.runner.token.JobToken;
import dev.rehearsal.runner.token.OidcEmulatorAdmin;
import dev.rehearsal.runner.token.Permissions;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rehearse job}: a job registered with the running oidc-emulator, as GitHub registers one
 * when a runner takes it, and the variables the runner then gives its steps — for any runner (act,
 * a shell, a test) whose steps ask for tokens the way {@code @actions/core}'s {@code getIDToken}
 * does.
 */
@Command(
    name = "job",
    mixinStandardHelpOptions = true,
    description = {
      "Register a job of this run context with the running oidc-emulator ('rehearse up') and print"
          + " the variables GitHub's runner gives a job with 'permissions: id-token: write':"
          + " ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN, and"
          + " NODE_EXTRA_CA_CERTS, the emulator's CA, for Node-based actions.",
      "",
      "A step then gets the job's token as @actions/core's getIDToken(audience) asks for it:"
          + " GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=AUD with 'Authorization: Bearer"
          + " $ACTIONS_ID_TOKEN_REQUEST_TOKEN'; the answer's 'value' is the JWT.",
    },
    footer = {
      "",
      "Examples:",
      "  eval \"$(rehearse job --repo acme/app --ref main)\"",
      "  rehearse job --repo acme/app --ref main --environment prod --format json",
      "  rehearse job --repo acme/app --ref main --format env   # NAME=VALUE lines, e.g. for"
          + " act --env-file",
    })
public final class JobCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run;

  @Option(
      names = "--no-id-token",
      description =
          "Register the job without 'id-token: write': GitHub then gives it no request token,"
              + " and no step can get an OIDC token")
  boolean noIdToken;

  @Option(
      names = "--format",
      defaultValue = "shell",
      paramLabel = "shell|env|json",
      description =
          "shell: export lines for eval; env: NAME=VALUE lines (an env file); json: one object"
              + " (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin DataOption data;

  enum Format {
    shell,
    env,
    json
  }

  @Override
  public Integer call() {
    RunContext context = run.context(Optional.empty());
    DataDirectory directory = data.directory();
    WorldRecord world =
        WorldRecord.running(directory, ": start one with 'rehearse up' (in another shell) first");
    JobToken job;
    try {
      job =
          OidcEmulatorAdmin.fromDataDirectory(directory.emulatorHome(Emulator.OIDC))
              .register(
                  context.run(),
                  noIdToken
                      ? Permissions.of(Map.of("contents", "read"))
                      : Permissions.of(Map.of("id-token", "write", "contents", "read")));
    } catch (RehearsalException e) {
      throw new UserError(e.getMessage(), e);
    }
    Map<String, String> variables = new LinkedHashMap<>(job.environment());
    variables.put("NODE_EXTRA_CA_CERTS", world.caFile());
    print(spec.commandLine().getOut(), job, variables);
    return Rehearse.OK;
  }

  private void print(PrintWriter out, JobToken job, Map<String, String> variables) {
    switch (format) {
      case json -> {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("job_id", job.jobId());
        json.put("expires_at", job.expiresAt().toString());
        variables.forEach(json::put);
        out.println(json.toPrettyString());
      }
      case env -> variables.forEach((name, value) -> out.println(name + "=" + value));
      case shell -> {
        out.println(
            "# job "
                + job.jobId()
                + (noIdToken ? " (no id-token: write: no request token)" : "")
                + ", until "
                + job.expiresAt());
        variables.forEach((name, value) -> out.println("export " + name + "=" + quoted(value)));
      }
    }
    out.flush();
  }

  /** A value as one shell word: single-quoted, a quote inside closed, escaped and reopened. */
  static String quoted(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
