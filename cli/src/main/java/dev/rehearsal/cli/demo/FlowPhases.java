package dev.rehearsal.cli.demo;

import dev.rehearsal.cli.daemonless.JobDocker;
import dev.rehearsal.runner.workflow.RunEvent;
import java.util.Optional;

/**
 * The flow the article promises: the seed workflow, unchanged, run as a push to main of {@code
 * acme/test-service}, and the image it pushed pulled back and checked.
 */
final class FlowPhases {
  static final String MAIN_GREETING = "hello from acme/test-service, main";
  static final String SHA = "1f0c8a6e5b4d3c2b1a09f8e7d6c5b4a392817060";

  private final Stage stage;
  private final Transcript transcript;

  FlowPhases(Stage stage) {
    this.stage = stage;
    this.transcript = stage.transcript();
  }

  /** The push to main; the digest it pushed, when it did. */
  Optional<String> pushToMain() {
    String repository = Seed.repositoryOf(Seed.ORGANISATION);
    Phase phase =
        transcript.begin(
            "push",
            "Run the seed workflow, unchanged, as a push to main of " + repository,
            "the job's token lets it assume "
                + Seed.ROLE
                + "; it logs in to ECR, builds and pushes "
                + Seed.REPOSITORY
                + ":"
                + Seed.TAG);
    transcript.say(
        phase,
        "you",
        "git push origin main   ("
            + repository
            + "; its Dockerfile: FROM scratch, COPY hello.txt /hello.txt)");
    describeDocker(phase);
    TrustExplanation.Explained explained =
        stage.trust().explain(TrustExplanation.push(repository, "main"));
    transcript.say(
        phase,
        "GitHub",
        "the job has 'id-token: write': its OIDC token says sub '"
            + explained.subject()
            + "', aud 'sts.amazonaws.com'");
    SeedRuns.Outcome outcome =
        stage
            .runs()
            .run(
                phase,
                stage.seed().workflow(),
                RunEvent.push(repository, "refs/heads/main", SHA, "octocat"),
                MAIN_GREETING,
                line -> true);
    transcript.say(phase, "core", explained.why());
    outcome
        .digest()
        .ifPresent(
            d -> transcript.say(phase, "registry", "stored " + stage.world().image() + " as " + d));
    outcome.digest().ifPresent(d -> phase.facts().put("digest", d));
    phase.facts().put("sub", explained.subject());
    phase.facts().put("conclusion", outcome.report().succeeded() ? "success" : "failure");
    boolean pushed = outcome.report().succeeded() && outcome.digest().isPresent();
    transcript.end(
        phase,
        pushed,
        pushed ? "the job succeeded and pushed " + outcome.digest().get() : "the job did not push");
    return pushed ? outcome.digest() : Optional.empty();
  }

  private void describeDocker(Phase phase) {
    JobDocker docker = stage.world().docker();
    phase.facts().put("dockerEngine", docker.engine());
    if (docker.engine()) {
      transcript.say(phase, "docker", docker.reason() + ": the workflow's docker commands use it");
      return;
    }
    transcript.say(
        phase,
        "docker",
        "!!! "
            + docker.reason()
            + ".\n!!! The job's 'docker' is rehearse's DAEMONLESS STAND-IN, first on its PATH and"
            + " served by this process:\n!!! 'docker login'/'logout' (amazon-ecr-login's too)"
            + " keep docker's config.json; 'docker build'\n!!! builds the FROM scratch"
            + " Dockerfile with Jib core; 'docker push' pushes it with Jib to the same\n!!!"
            + " registry, as ECR's password. The workflow file is unchanged: only the program"
            + " its steps\n!!! call differs. Install Docker to rehearse the real docker CLI.");
  }

  /**
   * The image pulled back; whether it is the one {@code digest} names, holding {@code greeting}.
   */
  void pull(String phaseTitle, String digest, String greeting) {
    Phase phase =
        transcript.begin(
            "pull",
            phaseTitle,
            "ECR and the registry serve "
                + digest
                + " for "
                + Seed.REPOSITORY
                + ":"
                + Seed.TAG
                + ", holding hello.txt");
    ImageCheck.Pulled pulled = new ImageCheck(stage.world()).pull();
    transcript.say(
        phase,
        "ECR",
        "BatchGetImage " + Seed.REPOSITORY + ":" + Seed.TAG + " -> " + pulled.ecrDigest());
    transcript.say(
        phase,
        "registry",
        "GET /v2/"
            + Seed.REPOSITORY
            + "/manifests/"
            + Seed.TAG
            + ": the manifest's sha256 is "
            + pulled.registryDigest()
            + "\n"
            + pulled.blobs()
            + " blobs fetched, each one's sha256 its digest");
    transcript.say(phase, "image", "hello.txt: " + pulled.file().orElse("(not found)"));
    phase.facts().put("digest", pulled.registryDigest());
    phase.facts().put("ecrDigest", pulled.ecrDigest());
    phase.facts().put("hello", pulled.file().orElse(""));
    boolean same =
        pulled.ecrDigest().equals(digest)
            && pulled.registryDigest().equals(digest)
            && pulled.file().equals(Optional.of(greeting));
    transcript.end(
        phase, same, same ? "the same image, digest " + digest : "another image: " + pulled);
  }
}
