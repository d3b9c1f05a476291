package dev.rehearsal.oidc.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.oidc.state.DataDirectory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsWarmUpTest {
  @Test
  void handshake_withTheDataDirectorysKeyAndChain_completesOnBothSides(@TempDir Path temp)
      throws Exception {
    DataDirectory dir = new DataDirectory(temp).create();
    TlsMaterial.prepare(dir);

    assertThat(TlsWarmUp.handshake(dir)).isTrue();
  }
}
