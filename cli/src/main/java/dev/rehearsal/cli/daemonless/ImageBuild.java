package dev.rehearsal.cli.daemonless;

import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.Port;
import dev.rehearsal.cli.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A {@link Dockerfile} as Jib core's container builder: one layer per {@code COPY} or {@code ADD},
 * as docker makes one, with the files of the build context; the image's configuration from the
 * other instructions. Jib's images are reproducible (every file and the image dated 1970), so the
 * same context always gives the same image id and digest.
 */
final class ImageBuild {
  private ImageBuild() {}

  static JibContainerBuilder of(Dockerfile dockerfile, Path context) {
    Path root = context.toAbsolutePath().normalize();
    JibContainerBuilder builder = Jib.fromScratch();
    AbsoluteUnixPath workdir =
        dockerfile.workingDirectory().map(ImageBuild::absolute).orElse(AbsoluteUnixPath.get("/"));
    for (Dockerfile.Copy copy : dockerfile.copies()) {
      builder.addFileEntriesLayer(layer(copy, root, workdir));
    }
    builder.setEnvironment(dockerfile.environment());
    builder.setLabels(dockerfile.labels());
    dockerfile.workingDirectory().ifPresent(dir -> builder.setWorkingDirectory(workdir));
    dockerfile.user().ifPresent(builder::setUser);
    dockerfile.entrypoint().ifPresent(builder::setEntrypoint);
    dockerfile.cmd().ifPresent(builder::setProgramArguments);
    Set<Port> ports = new LinkedHashSet<>();
    for (String port : dockerfile.exposedPorts()) {
      ports.add(port(port));
    }
    builder.setExposedPorts(ports);
    return builder;
  }

  /**
   * docker's rules (Dockerfile reference, COPY): a directory's contents are copied, not the
   * directory; a destination ending in {@code /}, or that several sources share, is a directory; a
   * relative destination is under {@code WORKDIR}.
   */
  private static FileEntriesLayer layer(Dockerfile.Copy copy, Path root, AbsoluteUnixPath workdir) {
    FileEntriesLayer.Builder layer =
        FileEntriesLayer.builder()
            .setName("COPY " + String.join(" ", copy.sources()) + " " + copy.destination());
    String destination = copy.destination();
    AbsoluteUnixPath target =
        destination.startsWith("/") ? absolute(destination) : workdir.resolve(destination);
    boolean intoDirectory = destination.endsWith("/") || copy.sources().size() > 1;
    for (String name : copy.sources()) {
      Path source = root.resolve(name).normalize();
      if (!source.startsWith(root)) {
        throw new UserError(
            "COPY failed: forbidden path outside the build context: " + name + " (" + source + ")");
      }
      if (!Files.exists(source)) {
        throw new UserError(
            "COPY failed: file not found in build context or excluded by .dockerignore: stat "
                + name
                + ": file does not exist");
      }
      try {
        if (Files.isDirectory(source)) {
          layer.addEntryRecursive(source, target);
        } else {
          layer.addEntry(
              source, intoDirectory ? target.resolve(source.getFileName().toString()) : target);
        }
      } catch (IOException e) {
        throw new UserError("COPY failed: cannot read " + source + ": " + e.getMessage(), e);
      }
    }
    return layer.build();
  }

  private static AbsoluteUnixPath absolute(String path) {
    String trimmed =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return AbsoluteUnixPath.get(trimmed.startsWith("/") ? trimmed : "/" + trimmed);
  }

  private static Port port(String value) {
    String[] parts = value.split("/", 2);
    try {
      int number = Integer.parseInt(parts[0]);
      return parts.length == 2 && parts[1].equalsIgnoreCase("udp")
          ? Port.udp(number)
          : Port.tcp(number);
    } catch (NumberFormatException e) {
      throw new UserError("EXPOSE " + value + ": not a port number");
    }
  }
}
