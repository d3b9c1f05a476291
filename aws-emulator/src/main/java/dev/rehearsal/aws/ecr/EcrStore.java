package dev.rehearsal.aws.ecr;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rehearsal.aws.state.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The registry's repositories, one file each in {@code DATA/ecr/repositories/} (the name
 * URL-encoded), written atomically. Reads see the last published entity; a change is computed on
 * it, written, and only then published, one change at a time, so a refused change leaves file and
 * memory as they were. Blobs live apart, in the content-addressed store.
 */
public final class EcrStore {
  private static final String SUFFIX = ".json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final DataDirectory files;
  private final Map<String, RepositoryEntity> repositories = new ConcurrentHashMap<>();

  public EcrStore(Path directory) {
    this.files = new DataDirectory(directory);
    try (Stream<Path> list = Files.list(files.root())) {
      for (Path file : (Iterable<Path>) list::iterator) {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(SUFFIX) && !fileName.startsWith(".")) {
          RepositoryEntity entity = MAPPER.readValue(file.toFile(), RepositoryEntity.class);
          repositories.put(entity.name(), entity);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ECR state in " + files.root(), e);
    }
  }

  public Optional<RepositoryEntity> find(String name) {
    return Optional.ofNullable(repositories.get(name));
  }

  /** Every repository, by name. */
  public List<RepositoryEntity> all() {
    return List.copyOf(new TreeMap<>(repositories).values());
  }

  /**
   * Replaces the repository {@code name} with what {@code change} makes of it (empty: none yet),
   * persisted before it is seen; {@code change} returning null deletes it.
   *
   * @throws RuntimeException whatever {@code change} throws, with nothing changed
   */
  public synchronized RepositoryEntity change(String name, UnaryOperator<RepositoryEntity> change) {
    RepositoryEntity next = change.apply(repositories.get(name));
    String file = URLEncoder.encode(name, StandardCharsets.UTF_8) + SUFFIX;
    if (next == null) {
      files.delete(file);
      repositories.remove(name);
      return null;
    }
    try {
      files.write(file, MAPPER.writeValueAsBytes(next));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write repository " + name, e);
    }
    repositories.put(name, next);
    return next;
  }
}
