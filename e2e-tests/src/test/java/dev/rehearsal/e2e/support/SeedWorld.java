package dev.rehearsal.e2e.support;

import dev.rehearsal.provisioner.StackResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own world: before its first test, the emulators started as {@code rehearse up}
 * starts them on a data directory of the class's own, and the seed's stack deployed with the
 * resources the class adds; after its last, the images its docker builds tagged removed from the
 * shared engine, the emulators stopped and the directory deleted.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SeedWorld world =
 *     SeedWorld.deploying(SeedStack.repository("Repository", "test-service", false));
 * }</pre>
 */
public final class SeedWorld implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private final List<String> resources;
  private final boolean needsDocker;
  private Path data;
  private Emulators emulators;
  private StackResult stack;

  private SeedWorld(List<String> resources, boolean needsDocker) {
    this.resources = List.copyOf(resources);
    this.needsDocker = needsDocker;
  }

  /** The seed's stack with {@code resources} (see {@link SeedStack#template}). */
  public static SeedWorld deploying(String... resources) {
    return new SeedWorld(List.of(resources), false);
  }

  /**
   * A class whose every test needs the Docker engine: without one, each test is skipped with the
   * reason and no world is started.
   */
  public SeedWorld onlyWithDocker() {
    return new SeedWorld(resources, true);
  }

  public Emulators emulators() {
    return emulators;
  }

  /** How the deployment of the stack ended: its status, outputs and events. */
  public StackResult stack() {
    return stack;
  }

  /** The class's data directory, for files of its own next to the emulators'. */
  public Path data() {
    return data;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (needsDocker && !Docker.answers()) {
      return; // each test says why it is skipped (beforeEach); a skipped class would not
    }
    data = Files.createTempDirectory("rehearsal-e2e-");
    emulators = Emulators.up(data.resolve("world"));
    stack =
        SeedStack.deploy(emulators.root(), SeedStack.template(resources.toArray(String[]::new)));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (needsDocker) {
      Docker.assumeEngine();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (emulators != null) {
        Docker.removeImagesOf(emulators.registry());
        emulators.close();
      }
    } finally {
      delete(data);
    }
  }

  private static void delete(Path folder) throws IOException {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
