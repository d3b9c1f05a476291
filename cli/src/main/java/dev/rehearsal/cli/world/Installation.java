package dev.rehearsal.cli.world;

import dev.rehearsal.cli.UserError;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the built emulators are: the repository root, which {@code ./rehearse} passes as {@code
 * -Drehearsal.home}; failing that, the folder two levels above {@code cli/target/rehearse.jar}.
 */
public record Installation(Path home) {
  public static Installation locate() {
    String property = System.getProperty("rehearsal.home");
    if (property != null) {
      return new Installation(Path.of(property).toAbsolutePath().normalize());
    }
    try {
      Path jar =
          Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // cli/target/rehearse.jar or cli/target/classes -> the repository root
      return new Installation(jar.getParent().getParent().getParent());
    } catch (URISyntaxException | NullPointerException e) {
      throw new UserError("cannot tell where rehearse is installed; set -Drehearsal.home", e);
    }
  }

  /** The emulator's jar, or a clear error that says how to build it. */
  public Path jar(Emulator emulator) {
    Path jar = home.resolve(emulator.jar());
    if (!Files.isRegularFile(jar)) {
      throw new UserError(
          "the "
              + emulator.module()
              + " is not built ("
              + jar
              + " is missing): run ./rehearse from the repository, which builds it, or"
              + " ./mvnw -pl "
              + emulator.module()
              + " -am package -DskipTests");
    }
    return jar;
  }
}
