package dev.rehearsal.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed mid-write (SIGKILL, no shutdown hook, no finally block) leaves the target with
 * the old or the new complete content, and a temporary file that {@link AtomicFiles#cleanStale}
 * removes.
 */
class AtomicFilesCrashTest {
  private static final int ROUNDS = 4;

  @Test
  void write_whenWriterIsKilledAtARandomMoment_leavesOldOrNewContentAndACleanableTemporaryFile(
      @TempDir Path dir) throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    Path target = dir.resolve("state.bin");
    long generation = 1;
    int leftovers = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Process writer = start(target, generation);
      long lastWritten;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
        // One complete write first, so that an old content exists; then kill at a random moment.
        String line = out.readLine();
        assertThat(line).as("writer's first report (seed %d)", seed).startsWith("written ");
        lastWritten = Long.parseLong(line.substring("written ".length()));
        Thread.sleep(random.nextInt(400));
        // SIGKILL through the handle: Process.destroyForcibly would also close the pipe and lose
        // the reports the writer made just before it died.
        writer.toHandle().destroyForcibly();
        writer.waitFor();
        while ((line = out.readLine()) != null) {
          lastWritten = Long.parseLong(line.substring("written ".length()));
        }
      }

      long found = CrashingWriter.generationOf(Files.readAllBytes(target));
      // What it reported complete is there, or the one after it, renamed before the report.
      assertThat(found).as("seed %d", seed).isBetween(lastWritten, lastWritten + 1);

      List<Path> temporaries = othersThan(dir, target);
      List<Path> removed = AtomicFiles.cleanStale(dir);
      assertThat(removed).containsExactlyInAnyOrderElementsOf(temporaries);
      assertThat(othersThan(dir, target)).isEmpty();
      assertThat(CrashingWriter.generationOf(Files.readAllBytes(target))).isEqualTo(found);
      leftovers += temporaries.size();
      generation = found + 1;
    }
    // Writing is nearly all the writer does, so a kill almost always lands mid-write.
    assertThat(leftovers).as("kills that left a temporary file (seed %d)", seed).isPositive();
  }

  private static Process start(Path target, long firstGeneration) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        codeSource(AtomicFiles.class) + File.pathSeparator + codeSource(CrashingWriter.class);
    return new ProcessBuilder(
            java,
            "-Xmx64m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            classpath,
            CrashingWriter.class.getName(),
            target.toString(),
            Long.toString(firstGeneration))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static String codeSource(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static List<Path> othersThan(Path dir, Path target) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> !file.equals(target)).toList();
    }
  }
}
