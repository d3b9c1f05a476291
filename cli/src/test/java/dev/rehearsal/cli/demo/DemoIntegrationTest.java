package dev.rehearsal.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.cli.daemonless.DockerEngine;
import dev.rehearsal.cli.run.Folders;
import dev.rehearsal.cli.world.UpProcess;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code rehearse demo} end to end as a newcomer runs it, from the built jars: with the Docker
 * engine, and without one (daemonless, Jib core) — every phase as the policies say, the same digest
 * pushed and pulled, the document tools read.
 */
class DemoIntegrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Not a JUnit temporary folder: JUnit warns of every link it deletes, hundreds here. */
  private static Path temp;

  @BeforeAll
  static void folder() throws IOException {
    temp = Files.createTempDirectory("demo-it");
  }

  @AfterAll
  static void removeFolder() {
    Folders.delete(temp);
  }

  private static final List<String> PHASES =
      List.of(
          "world",
          "deploy-without-capability",
          "deploy",
          "repository",
          "push",
          "pull",
          "other-organisation",
          "pull-request",
          "no-id-token");

  /** A demo's exit code, its JSON document (stdout) and its transcript (stderr). */
  private record Demo(int exitCode, JsonNode document, String transcript) {
    JsonNode phase(String id) {
      for (JsonNode phase : document.path("phases")) {
        if (phase.path("id").asText().equals(id)) {
          return phase;
        }
      }
      throw new AssertionError("no phase " + id + " in " + document);
    }
  }

  private static Demo demo(String path, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("demo", "--format", "json"));
    args.addAll(Arrays.asList(options));
    ProcessBuilder builder = UpProcess.cli(args.toArray(String[]::new));
    builder.environment().put("PATH", path);
    Process process = builder.start();
    CompletableFuture<String> transcript =
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    String out = read(process.getInputStream());
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Demo(process.exitValue(), JSON.readTree(out), transcript.join());
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertBehavedAsThePoliciesSay(Demo demo) {
    assertThat(demo.exitCode()).as(demo.transcript()).isZero();
    assertThat(demo.document().path("asExpected").asBoolean()).isTrue();
    List<String> ids = new ArrayList<>();
    demo.document().path("phases").forEach(p -> ids.add(p.path("id").asText()));
    assertThat(ids).isEqualTo(PHASES);
    demo.document()
        .path("phases")
        .forEach(
            phase -> {
              assertThat(phase.path("asExpected").asBoolean()).as(phase.toString()).isTrue();
              assertThat(phase.path("millis").asLong()).isNotNegative();
            });
    assertThat(demo.phase("deploy-without-capability").path("facts").path("message").asText())
        .isEqualTo("Requires capabilities : [CAPABILITY_NAMED_IAM]");
    assertThat(demo.phase("deploy").path("facts").path("status").asText())
        .isEqualTo("CREATE_COMPLETE");
    String pushed = demo.phase("push").path("facts").path("digest").asText();
    assertThat(pushed).startsWith("sha256:");
    assertThat(demo.phase("pull").path("facts").path("digest").asText()).isEqualTo(pushed);
    assertThat(demo.phase("pull").path("facts").path("hello").asText())
        .isEqualTo(FlowPhases.MAIN_GREETING);
    assertThat(demo.phase("other-organisation").path("facts").path("sub").asText())
        .isEqualTo("repo:other-org/test-service:ref:refs/heads/main");
    assertThat(demo.phase("pull-request").path("facts").path("sub").asText())
        .isEqualTo("repo:acme/test-service:pull_request");
    assertThat(demo.transcript())
        .contains("An error occurred (InsufficientCapabilitiesException)")
        .contains("does not match any of ['repo:acme/*']")
        .contains(WhatIfs.NO_CREDENTIALS)
        .contains("Everything behaved as the policies say it should.");
    assertThat(Path.of(demo.document().path("data").asText())).doesNotExist();
  }

  @Test
  void demo_withTheDockerEngine_behavesAsThePoliciesSay() throws Exception {
    String path = System.getenv().getOrDefault("PATH", "");
    DockerEngine engine = DockerEngine.probe(path);
    assumeTrue(engine.answers(), "no Docker engine here: " + engine.reason());

    Demo demo = demo(path);

    assertBehavedAsThePoliciesSay(demo);
    assertThat(demo.phase("push").path("facts").path("dockerEngine").asBoolean()).isTrue();
    assertThat(demo.transcript()).doesNotContain("DAEMONLESS");
  }

  /**
   * This machine's PATH without docker: the folders that hold one are replaced by a folder of links
   * to everything else in them (bash may live beside docker in /usr/bin).
   */
  private static String pathWithoutDocker() throws IOException {
    Path tools = Files.createDirectories(temp.resolve("tools"));
    List<String> dirs = new ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!Files.isExecutable(Path.of(dir, "docker"))) {
        dirs.add(dir);
        continue;
      }
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path file : files.toList()) {
          Path link = tools.resolve(file.getFileName());
          if (!file.getFileName().toString().startsWith("docker") && !Files.exists(link)) {
            Files.createSymbolicLink(link, file);
          }
        }
      }
    }
    dirs.add(tools.toString());
    return String.join(File.pathSeparator, dirs);
  }

  @Test
  void demo_withoutDockerOnPath_buildsAndPushesDaemonless_andSaysSo() throws Exception {
    Demo demo = demo(pathWithoutDocker());

    assertBehavedAsThePoliciesSay(demo);
    assertThat(demo.phase("push").path("facts").path("dockerEngine").asBoolean()).isFalse();
    assertThat(demo.phase("world").path("facts").path("docker").asText())
        .isEqualTo("no Docker engine: there is no docker command on PATH");
    assertThat(demo.transcript())
        .contains("DAEMONLESS STAND-IN")
        .contains("pushed by Jib core, daemonless");
  }

  @Test
  void demo_daemonlessAndKept_leavesItsDataDirectory() throws Exception {
    Demo demo = demo(System.getenv().getOrDefault("PATH", ""), "--daemonless", "--keep");

    String data = demo.document().path("data").asText();
    // Never Path.of(""): a demo that failed early names no folder, and "" is the working directory.
    assertThat(data).as(demo.transcript()).startsWith(System.getProperty("java.io.tmpdir"));
    Path kept = Path.of(data);
    try {
      assertThat(demo.exitCode()).as(demo.transcript()).isZero();
      assertThat(demo.document().path("kept").asBoolean()).isTrue();
      assertThat(kept.resolve("aws")).isDirectory();
      assertThat(demo.transcript()).contains("--daemonless").contains("rehearse up --data " + kept);
    } finally {
      Folders.delete(kept);
    }
  }
}
