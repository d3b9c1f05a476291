package dev.rehearsal.aws.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.aws.state.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IAM state survives a restart, refused changes change nothing, concurrent changes all land. */
class IamStoreTest {
  private static final String TRUST =
      "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"000000000000\"},"
          + "\"Action\":\"sts:AssumeRole\"}]}";

  @TempDir Path dir;

  private static RoleEntity role(String name) {
    return new RoleEntity(
        name,
        "/",
        "AROA" + name,
        "arn:aws:iam::000000000000:role/" + name,
        Instant.EPOCH,
        TRUST,
        null,
        3600,
        List.of(),
        Map.of(),
        List.of());
  }

  @Test
  void change_isReadBackByANewStoreOnTheSameDirectory_withOwnerOnlyFile() throws Exception {
    new IamStore(new DataDirectory(dir))
        .change(s -> new IamStore.Change<>(s.withRole(role("Deployer")), null));

    IamStore restarted = new IamStore(new DataDirectory(dir));

    assertThat(restarted.state().role("deployer")).map(RoleEntity::name).contains("Deployer");
    assertThat(restarted.assumableRole("arn:aws:iam::000000000000:role/Deployer")).isPresent();
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("iam.json"))))
        .isEqualTo("rw-------");
  }

  @Test
  void change_whenItThrows_leavesStateAndFileUnchanged() throws Exception {
    IamStore store = new IamStore(new DataDirectory(dir));
    store.change(s -> new IamStore.Change<>(s.withRole(role("Kept")), null));
    byte[] before = Files.readAllBytes(dir.resolve("iam.json"));

    assertThatThrownBy(
            () ->
                store.change(
                    s -> {
                      s.withRole(role("Lost"));
                      throw new IllegalStateException("refused");
                    }))
        .hasMessage("refused");

    assertThat(store.state().roles()).containsOnlyKeys("kept");
    assertThat(Files.readAllBytes(dir.resolve("iam.json"))).isEqualTo(before);
  }

  @Test
  void change_whenManyThreadsCreateRoles_keepsEveryOne() throws Exception {
    IamStore store = new IamStore(new DataDirectory(dir));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 40; i++) {
      String name = "Role" + i;
      pool.submit(() -> store.change(s -> new IamStore.Change<>(s.withRole(role(name)), null)));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    assertThat(new IamStore(new DataDirectory(dir)).state().roles()).hasSize(40);
  }
}
