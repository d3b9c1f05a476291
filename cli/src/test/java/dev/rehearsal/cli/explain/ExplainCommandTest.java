package dev.rehearsal.cli.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rehearse explain} over a decision log written as the aws-emulator writes it (its README,
 * "Decisions"): the latest decisions, one in full, JSON, rotated files.
 */
class ExplainCommandTest {
  @TempDir Path data;
  private Path log;

  static String record(String id, String outcome, String summary, String... explanation) {
    StringBuilder lines = new StringBuilder();
    for (String line : explanation) {
      lines.append(lines.isEmpty() ? "" : ",").append('"').append(line).append('"');
    }
    return ("{\"requestId\":\"%s\",\"time\":\"2026-12-05T12:00:01.123Z\",\"service\":\"sts\","
            + "\"action\":\"AssumeRoleWithWebIdentity\",\"caller\":\"anonymous\","
            + "\"outcome\":\"%s\",\"errorCode\":%s,\"summary\":\"%s\",\"explanation\":[%s]}")
        .formatted(
            id, outcome, outcome.equals("allowed") ? "null" : "\"AccessDenied\"", summary, lines);
  }

  @BeforeEach
  void log() throws IOException {
    log = data.resolve("aws").resolve("decisions");
    Files.createDirectories(log);
  }

  private void write(String file, String... records) throws IOException {
    Files.writeString(log.resolve(file), String.join("\n", records) + "\n");
  }

  @Test
  void explain_withoutId_listsTheLatestDecisionsOneLineEach() throws IOException {
    List<String> records = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      records.add(record("id-" + i, "allowed", "anonymous asked sts:X: allowed"));
    }
    write("decisions.jsonl", records.toArray(String[]::new));

    CliRun run = CliRun.of("explain", "--data", data.toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(20);
    assertThat(lines.get(0)).isEqualTo("12:00:01  allowed  anonymous asked sts:X: allowed  [id-6]");
    assertThat(lines.get(19)).endsWith("[id-25]");
  }

  @Test
  void explain_readsRotatedFilesOldestFirst() throws IOException {
    write("decisions.2.jsonl", record("oldest", "allowed", "a"));
    write("decisions.1.jsonl", record("older", "allowed", "b"));
    write("decisions.jsonl", record("newest", "allowed", "c"), "{\"cut by a cra");

    CliRun run = CliRun.of("explain", "--data", data.toString(), "--last", "3");

    assertThat(run.out().lines().map(l -> l.substring(l.lastIndexOf('['))))
        .containsExactly("[oldest]", "[older]", "[newest]");
  }

  @Test
  void explain_withRequestId_showsTheDecisionWithEveryLineOfItsExplanation() throws IOException {
    write(
        "decisions.jsonl",
        record(
            "4f1c",
            "denied",
            "anonymous asked sts:AssumeRoleWithWebIdentity: denied",
            "pass: the role exists: arn:aws:iam::000000000000:role/R",
            "FAIL: the role's trust policy allows the caller: IMPLICIT_DENY",
            "  statement 0 (Allow) did not apply: condition StringLike sub ['repo:evil/app'] does"
                + " not match any of ['repo:acme/*']"));

    CliRun run = CliRun.of("explain", "4f1c", "--data", data.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("request   4f1c", "outcome   denied  (AccessDenied)", "why:")
        .contains(
            "    statement 0 (Allow) did not apply: condition StringLike sub ['repo:evil/app'] does"
                + " not match any of ['repo:acme/*']");
  }

  @Test
  void explain_withRequestIdAndJson_printsTheLogsOwnRecord() throws IOException {
    String record = record("4f1c", "allowed", "s");
    write("decisions.jsonl", record);

    CliRun run = CliRun.of("explain", "4f1c", "--format", "json", "--data", data.toString());

    assertThat(run.out().strip()).isEqualTo(record);
  }

  @Test
  void explain_withAnUnknownId_failsSayingWhereItLooked() throws IOException {
    write("decisions.jsonl", record("4f1c", "allowed", "s"));

    CliRun run = CliRun.of("explain", "nope", "--data", data.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("no decision with request id nope in " + log.resolve("decisions.jsonl"));
  }

  @Test
  void tail_handsOnAppendedLines_andStartsOverWhenTheFileIsRotated() throws IOException {
    Path file = log.resolve("decisions.jsonl");
    write("decisions.jsonl", record("before", "allowed", "s"));
    List<String> seen = new ArrayList<>();
    DecisionTail tail = new DecisionTail(file, false);

    Files.writeString(
        file,
        record("first", "allowed", "s") + "\n{\"requestId\":\"par",
        java.nio.file.StandardOpenOption.APPEND);
    seen.addAll(requestIds(tail.poll()));
    Files.writeString(file, "tial\"}\n", java.nio.file.StandardOpenOption.APPEND);
    seen.addAll(requestIds(tail.poll()));
    Files.move(file, log.resolve("decisions.1.jsonl"));
    write("decisions.jsonl", record("after-rotation", "allowed", "s"));
    seen.addAll(requestIds(tail.poll()));

    assertThat(seen).containsExactly("first", "partial", "after-rotation");
  }

  private static List<String> requestIds(List<String> lines) {
    return lines.stream()
        .map(RecordedDecision::parse)
        .flatMap(java.util.Optional::stream)
        .map(RecordedDecision::requestId)
        .toList();
  }
}
