package dev.rehearsal.aws.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision log's file: one JSON line per decision, rotated, owner-only, nothing lost. */
class DecisionLogTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(MAPPER.readTree(line));
    }
    return out;
  }

  private static void decide(DecisionLog log, String id) {
    Deliberation deliberation = log.begin(id, "sts", "GetCallerIdentity");
    Deliberation.by("arn:aws:iam::000000000000:root");
    Deliberation.explainLine("pass: the request's SigV4 signature holds");
    deliberation.allowed();
  }

  @Test
  void close_writesEveryDecisionHandedOverBeforeIt_fromManyThreads() throws Exception {
    DecisionLog log = DecisionLog.open(dir, 1 << 30, 5, Clock.systemUTC());
    ExecutorService threads = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 20_000; i++) {
      String id = "r" + i;
      threads.execute(() -> decide(log, id));
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

    log.close();
    decide(log, "after-close");

    List<JsonNode> records = lines(dir.resolve("decisions.jsonl"));
    assertThat(records).hasSize(20_001);
    assertThat(records.get(records.size() - 1).path("requestId").asText()).isEqualTo("after-close");
  }

  @Test
  void record_hasTheContractsFields_andARefusalItsRule() throws Exception {
    DecisionLog log = DecisionLog.open(dir, 1 << 20, 5, Clock.systemUTC());
    Deliberation deliberation = log.begin("r1", "iam", "CreateRole");
    deliberation.refused(
        new RehearsalException(AwsErrorCode.MALFORMED_POLICY_DOCUMENT, "Syntax errors in policy."));
    log.close();

    JsonNode record = lines(dir.resolve("decisions.jsonl")).get(0);
    assertThat(record.path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(record.path("caller").asText()).isEqualTo("anonymous");
    assertThat(record.path("outcome").asText()).isEqualTo("refused");
    assertThat(record.path("errorCode").asText()).isEqualTo("MalformedPolicyDocument");
    assertThat(record.path("summary").asText())
        .isEqualTo(
            "anonymous asked iam:CreateRole: refused (MalformedPolicyDocument) — Syntax errors in"
                + " policy.");
    assertThat(record.path("explanation").get(0).asText())
        .isEqualTo("FAIL: MalformedPolicyDocument: Syntax errors in policy.");
  }

  @Test
  void aFullFile_movesToDotOne_andTheOldestBeyondKeepIsRemoved_allOwnerOnly() throws Exception {
    DecisionLog log = DecisionLog.open(dir, 2_000, 2, Clock.systemUTC());
    for (int i = 0; i < 100; i++) {
      decide(log, "r" + i);
    }
    log.close();

    assertThat(dir.resolve("decisions.jsonl")).exists();
    assertThat(dir.resolve("decisions.1.jsonl")).exists();
    assertThat(dir.resolve("decisions.2.jsonl")).exists();
    assertThat(dir.resolve("decisions.3.jsonl")).doesNotExist();
    for (String name : List.of("decisions.jsonl", "decisions.1.jsonl", "decisions.2.jsonl")) {
      assertThat(Files.size(dir.resolve(name))).isLessThanOrEqualTo(2_000);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))))
          .isEqualTo("rw-------");
    }
    assertThat(lines(dir.resolve("decisions.jsonl")).get(0).path("requestId").asText())
        .isNotEqualTo("r0");
  }

  @Test
  void off_recordsNothing() throws Exception {
    DecisionLog log = DecisionLog.off(Clock.systemUTC());

    decide(log, "r1");
    log.close();

    assertThat(log.recent(10)).isEmpty();
    assertThat(Deliberation.current()).isNull();
  }
}
