package dev.rehearsal.aws.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerTrustTest {
  @TempDir Path dir;

  @Test
  void get_whenCaFileIsMissing_failsNamingTheFileAndTheIssuer() {
    Path missing = dir.resolve("ca.pem");

    assertThatThrownBy(() -> new IssuerTrust("github", Optional.of(missing.toString())).get())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("github");
  }

  @Test
  void get_whenCaFileHoldsNoCertificate_failsNamingTheFile() throws Exception {
    Path garbage = Files.writeString(dir.resolve("ca.pem"), "not a certificate\n");

    assertThatThrownBy(() -> new IssuerTrust("github", Optional.of(garbage.toString())).get())
        .hasMessageContaining(garbage.toString());
  }

  @Test
  void get_withoutCaFile_isTheJdkDefault() throws Exception {
    assertThat(new IssuerTrust("github", Optional.empty()).get())
        .isSameAs(javax.net.ssl.SSLContext.getDefault());
  }
}
