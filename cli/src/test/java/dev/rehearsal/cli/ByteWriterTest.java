package dev.rehearsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteWriterTest {
  @Test
  void writeEncoded_comesAfterTheTextWrittenBefore_andBeforeTheTextWrittenAfter() {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    ByteWriter out = new ByteWriter(stream, StandardCharsets.UTF_8);

    out.print("before é ");
    out.writeEncoded("encoded ü ".getBytes(out.charset()));
    out.print("after");
    out.flush();

    assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo("before é encoded ü after");
    assertThat(out.checkError()).isFalse();
  }

  @Test
  void writeEncoded_whenTheStreamFails_setsTheErrorAsPrintWriterDoes() {
    ByteWriter out =
        new ByteWriter(
            new java.io.OutputStream() {
              @Override
              public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("closed");
              }
            },
            StandardCharsets.UTF_8);

    out.writeEncoded(new byte[] {'x'});

    assertThat(out.checkError()).isTrue();
  }
}
