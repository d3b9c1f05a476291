package dev.rehearsal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.rehearsal.e2e.support.DaemonlessPush;
import dev.rehearsal.e2e.support.Docker;
import dev.rehearsal.e2e.support.Emulators;
import dev.rehearsal.e2e.support.Rehearsal;
import dev.rehearsal.e2e.support.RepositoryFiles;
import dev.rehearsal.e2e.support.RunOutcome;
import dev.rehearsal.e2e.support.SeedStack;
import dev.rehearsal.e2e.support.SeedWorld;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecr.model.ImageDetail;

/**
 * Ten rehearsals of the seed flow at once against one pair of emulators, each its own organisation
 * ({@code org-N/test-service-N}), role ({@code Role-N}, trusting {@code repo:org-N/*} only, pushing
 * to its own repository only) and repository ({@code test-service-N}): all pass, and nothing is
 * mixed up — each image lands in its own repository, each job's token names its own repository.
 */
class LoadIntegrationTest {
  private static final int RUNS = 10;

  /**
   * A step after the seed's: the job's token's {@code sub}, as the job would get it from {@code
   * ACTIONS_ID_TOKEN_REQUEST_URL} (the runner's protocol; curl trusts the issuer's CA).
   */
  private static final String SHOW_SUBJECT =
      """

            - name: Show the subject of the job's token
              run: |
                answer=$(curl -sS --cacert "$NODE_EXTRA_CA_CERTS" \\
                  -H "Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" \\
                  "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=sts.amazonaws.com")
                payload=$(printf '%s' "$answer" | sed 's/.*"value":"\\([^"]*\\)".*/\\1/' \\
                  | cut -d. -f2 | tr '_-' '/+')
                while [ $(( ${#payload} % 4 )) -ne 0 ]; do payload="$payload="; done
                printf '%s' "$payload" | base64 -d | sed 's/.*"sub":"\\([^"]*\\)".*/sub=\\1/'
                echo
      """;

  @RegisterExtension static final SeedWorld world = SeedWorld.deploying(loadResources());

  /** This class's emulators, started before its first test. */
  private final Emulators emulators = world.emulators();

  @TempDir Path folder;

  @Test
  void tenSeedRehearsalsAtOnce_withTheDockerEngine_eachPushesToItsOwnRepository() throws Exception {
    Docker.assumeEngine();
    String seed = RepositoryFiles.seedWorkflow() + SHOW_SUBJECT;

    List<RunOutcome> runs =
        atOnce(
            n ->
                Rehearsal.of(emulators, folder.resolve("job-" + n))
                    .workflow(
                        seed.replace(
                            "ECR_REPOSITORY: test-service", "ECR_REPOSITORY: " + repository(n)))
                    .role("Role-" + n)
                    .imageContent("rehearsal " + n + "\n")
                    .run(Rehearsal.pushToMain("org-" + n + "/" + repository(n))));

    for (int n = 1; n <= RUNS; n++) {
      RunOutcome run = runs.get(n - 1);
      assertThat(run.succeeded()).as(run.log()).isTrue();
      assertThat(run.log())
          .contains(
              "The push refers to repository [" + emulators.registry() + "/" + repository(n) + "]")
          .contains("sub=" + subject(n));
      assertOnlyImage(n, run.pushedDigest());
    }
    assertThat(runs.stream().map(RunOutcome::pushedDigest).distinct()).hasSize(RUNS);
  }

  /**
   * Without a Docker engine the seed's login and {@code docker push} cannot run: each job runs the
   * seed's steps up to its credentials and Jib core pushes with them ({@link DaemonlessPush}), all
   * ten at once.
   */
  @Test
  void tenRehearsalsAtOnce_withoutDocker_eachJobAssumesItsRole_andJibPushesWithItsCredentials()
      throws Exception {
    assumeFalse(
        Docker.answers(),
        "a Docker engine answers: the seed's own docker push is rehearsed (the test above);"
            + " -Drehearsal.e2e.docker=off runs this one");

    List<String> digests =
        atOnce(
            n -> {
              Path job = folder.resolve("job-" + n);
              Path credentials = job.resolve("credentials");
              RunOutcome run =
                  Rehearsal.of(emulators, job)
                      .workflow(
                          DaemonlessPush.workflow(RepositoryFiles.seedWorkflow(), credentials)
                              + SHOW_SUBJECT)
                      .role("Role-" + n)
                      .run(Rehearsal.pushToMain("org-" + n + "/" + repository(n)));
              assertThat(run.succeeded()).as(run.log()).isTrue();
              assertThat(run.log()).contains("sub=" + subject(n));
              return DaemonlessPush.push(
                  emulators.awsUrl(),
                  credentials,
                  emulators.registry() + "/" + repository(n) + ":test",
                  "rehearsal " + n + "\n",
                  job.resolve("jib"));
            });

    for (int n = 1; n <= RUNS; n++) {
      assertOnlyImage(n, digests.get(n - 1));
    }
    assertThat(digests.stream().distinct()).hasSize(RUNS);
  }

  /** For each run its repository and a role that trusts its organisation and pushes there only. */
  private static String[] loadResources() {
    List<String> resources = new ArrayList<>();
    for (int n = 1; n <= RUNS; n++) {
      resources.add(SeedStack.repository("Repository" + n, repository(n), false));
      resources.add(
          SeedStack.role(
              "Role" + n,
              "Role-" + n,
              "repo:org-" + n + "/*",
              SeedStack.repositoryArn(repository(n)),
              "ecr:BatchCheckLayerAvailability",
              "ecr:GetDownloadUrlForLayer",
              "ecr:BatchGetImage",
              "ecr:InitiateLayerUpload",
              "ecr:UploadLayerPart",
              "ecr:CompleteLayerUpload",
              "ecr:PutImage"));
    }
    return resources.toArray(String[]::new);
  }

  private static String repository(int n) {
    return "test-service-" + n;
  }

  private String subject(int n) {
    return "repo:org-" + n + "/" + repository(n) + ":ref:refs/heads/main";
  }

  private void assertOnlyImage(int n, String digest) {
    List<ImageDetail> images = world.emulators().images(repository(n));
    assertThat(images)
        .as(repository(n))
        .singleElement()
        .satisfies(
            image -> {
              assertThat(image.imageDigest()).isEqualTo(digest);
              assertThat(image.imageTags()).containsExactly("test");
            });
  }

  private interface Job<T> {
    T run(int n) throws Exception;
  }

  /** Runs {@code job} for 1 to {@link #RUNS}, all at once; the results in that order. */
  private <T> List<T> atOnce(Job<T> job) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RUNS);
    try {
      List<Future<T>> futures =
          IntStream.rangeClosed(1, RUNS).mapToObj(n -> pool.submit(() -> job.run(n))).toList();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
