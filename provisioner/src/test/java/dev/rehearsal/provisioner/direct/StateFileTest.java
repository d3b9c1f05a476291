package dev.rehearsal.provisioner.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.provisioner.ProvisionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {
  @TempDir Path temp;

  private static StackState state(int version) {
    DeployedResource role =
        new DeployedResource(
            "Role",
            "AWS::IAM::Role",
            "GithubOIDCIAMRole",
            Map.of("RoleId", TextNode.valueOf("AROAEXAMPLE123456789")),
            JsonNodeFactory.instance.objectNode().put("RoleName", "GithubOIDCIAMRole"),
            List.of("GithubOidc"));
    return new StackState(
        version,
        "github-oidc",
        "arn:aws:cloudformation:us-east-1:000000000000:stack/github-oidc/x",
        "http://127.0.0.1:4566",
        "us-east-1",
        "000000000000",
        2,
        "UPDATE_COMPLETE",
        "Resources: {}",
        Map.of("GitHubOrg", "acme"),
        List.of(role),
        List.of(),
        Map.of("RoleArn", "arn:aws:iam::000000000000:role/GithubOIDCIAMRole"));
  }

  @Test
  void write_thenRead_givesTheSameRecord_readableByOthers() throws Exception {
    StateFile file = new StateFile(temp.resolve("stacks/github-oidc.json"));

    file.write(state(StackState.VERSION));

    assertThat(file.read()).contains(state(StackState.VERSION));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void read_whenAbsent_isEmpty() {
    assertThat(new StateFile(temp.resolve("none.json")).read()).isEmpty();
  }

  @Test
  void read_ofAnotherLayout_isRefusedNamingBoth() {
    StateFile file = new StateFile(temp.resolve("old.json"));
    file.write(state(99));

    assertThatThrownBy(file::read)
        .isInstanceOf(ProvisionException.class)
        .hasMessageContaining("layout version 99", "reads version " + StackState.VERSION);
  }

  @Test
  void read_ofADamagedFile_isRefusedNamingIt() throws Exception {
    Path damaged = Files.writeString(temp.resolve("damaged.json"), "{\"version\": 1, \"stack");

    assertThatThrownBy(() -> new StateFile(damaged).read())
        .isInstanceOfSatisfying(
            ProvisionException.class, e -> assertThat(e.code()).isEqualTo("StateUnreadable"))
        .hasMessageContaining(damaged.toString(), "--state");
  }
}
