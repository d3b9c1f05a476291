package dev.rehearsal.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ImageCheckTest {
  @Test
  void fileInLayer_skipsPaxHeaders_andReadsTheFile() throws IOException {
    byte[] layer =
        gzip(
            entry("PaxHeaders.0/hello.txt", 'x', "11 atime=1\n"),
            entry("hello.txt", '0', "hello from main\n"));

    assertThat(ImageCheck.fileInLayer(layer)).hasValue("hello from main");
  }

  @Test
  void fileInLayer_ofALayerWithoutIt_isEmpty() throws IOException {
    assertThat(ImageCheck.fileInLayer(gzip(entry("other.txt", '0', "x")))).isEmpty();
    assertThat(ImageCheck.fileInLayer("not gzip".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }

  @Test
  void sha256_isTheRegistrysDigestForm() {
    assertThat(ImageCheck.sha256(new byte[0]))
        .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  /** A ustar entry: a 512-byte header (name, octal size, type) and the content padded to 512. */
  private static byte[] entry(String name, char type, String content) {
    byte[] body = content.getBytes(StandardCharsets.UTF_8);
    byte[] entry = new byte[512 + (body.length + 511) / 512 * 512];
    byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(nameBytes, 0, entry, 0, nameBytes.length);
    byte[] size = String.format("%011o", body.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(size, 0, entry, 124, size.length);
    entry[156] = (byte) type;
    System.arraycopy(body, 0, entry, 512, body.length);
    return entry;
  }

  private static byte[] gzip(byte[]... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      for (byte[] entry : entries) {
        out.write(entry);
      }
      out.write(new byte[1024]); // two zero blocks end the archive
    }
    return bytes.toByteArray();
  }
}
