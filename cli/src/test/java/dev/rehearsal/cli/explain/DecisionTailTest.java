package dev.rehearsal.cli.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionTailTest {
  @TempDir Path folder;

  private Path log() {
    return folder.resolve("decisions.jsonl");
  }

  private void append(String text) throws Exception {
    Files.writeString(log(), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Test
  void poll_whenNoLogYet_isEmpty() {
    assertThat(new DecisionTail(log(), true).poll()).isEmpty();
  }

  @Test
  void poll_givesEachWholeLineOnce() throws Exception {
    DecisionTail tail = new DecisionTail(log(), true);
    append("{\"requestId\":\"a\"}\n{\"requestId\":\"b\"}\n");
    assertThat(tail.poll()).containsExactly("{\"requestId\":\"a\"}", "{\"requestId\":\"b\"}");
    assertThat(tail.poll()).isEmpty();
    append("{\"requestId\":\"c\"}\n");
    assertThat(tail.poll()).containsExactly("{\"requestId\":\"c\"}");
  }

  @Test
  void poll_whenALineIsHalfWritten_waitsForItsEnd() throws Exception {
    DecisionTail tail = new DecisionTail(log(), true);
    append("{\"requestId\":");
    assertThat(tail.poll()).isEmpty();
    append("\"a\"}\n");
    assertThat(tail.poll()).containsExactly("{\"requestId\":\"a\"}");
  }

  @Test
  void poll_whenTheLogIsRotated_readsTheRestOfTheOldFileThenTheNewOne() throws Exception {
    DecisionTail tail = new DecisionTail(log(), true);
    append("{\"requestId\":\"a\"}\n");
    assertThat(tail.poll()).containsExactly("{\"requestId\":\"a\"}");
    append("{\"requestId\":\"b\"}\n");
    Files.move(log(), folder.resolve("decisions.1.jsonl"));
    append("{\"requestId\":\"c\"}\n");
    assertThat(tail.poll()).containsExactly("{\"requestId\":\"b\"}", "{\"requestId\":\"c\"}");
  }

  @Test
  void poll_whenTheLogIsEmptiedInPlace_startsAgainFromItsStart() throws Exception {
    DecisionTail tail = new DecisionTail(log(), true);
    append("{\"requestId\":\"a\"}\n{\"requestId\":\"b\"}\n");
    tail.poll();
    Files.writeString(log(), "{\"requestId\":\"c\"}\n");
    assertThat(tail.poll()).containsExactly("{\"requestId\":\"c\"}");
  }
}
