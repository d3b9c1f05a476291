package dev.rehearsal.cli.daemonless;

import dev.rehearsal.cli.UserError;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Installs {@link StandInDocker} as a {@code docker} command in a folder of its own, to be put
 * first on a job's {@code PATH}: a bash script that runs this JVM's {@code java} on this JVM's
 * class path, with the images kept in {@code images}. Each of its commands keeps a class-data
 * archive (JDK CDS, as {@code ./rehearse} does) in {@code archives} when that folder is writable: a
 * later run maps the classes the command loaded instead of loading them again.
 */
public final class StandIn {
  private StandIn() {}

  /**
   * Writes {@code bin/docker}; returns {@code bin}. With a {@code server}, each command goes to it
   * (no JVM started), and to a JVM of its own only when bash cannot reach it.
   */
  public static Path install(
      Path bin, Path images, Optional<Path> archives, Optional<StandInServer> server) {
    String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> Path.of(entry).toAbsolutePath().toString())
            .collect(Collectors.joining(File.pathSeparator));
    String newest = classPath.split(File.pathSeparator)[0];
    StringBuilder script = new StringBuilder();
    script.append("#!/usr/bin/env bash\n");
    script.append("# ").append(StandInDocker.BANNER).append('\n');
    server.ifPresent(s -> script.append(client(s)));
    script.append("export ").append(ImageStore.VARIABLE).append('=').append(quoted(images));
    script.append('\n');
    script.append(
        "jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto"
            + " -Xlog:cds=off -Xlog:cds+dynamic=off)\n");
    archives.ifPresent(
        folder -> {
          script.append("case \"${1:-}\" in\n  login | logout | build | push)\n");
          script.append("    archive=").append(quoted(folder)).append("/docker-\"$1\".jsa\n");
          script
              .append("    if [ -f \"$archive\" ] && [ \"$archive\" -nt ")
              .append(quoted(newest))
              .append(" ]; then\n");
          script.append("      jvm+=(-XX:SharedArchiveFile=\"$archive\")\n");
          script.append("    elif [ -w ").append(quoted(folder)).append(" ]; then\n");
          script.append("      rm -f \"$archive\"; jvm+=(-XX:ArchiveClassesAtExit=\"$archive\")\n");
          script.append("    fi ;;\nesac\n");
        });
    script
        .append("exec ")
        .append(quoted(javaBinary))
        .append(" \"${jvm[@]}\" -cp ")
        .append(quoted(classPath))
        .append(' ')
        .append(StandInDocker.class.getName())
        .append(" \"$@\"\n");
    try {
      Files.createDirectories(bin);
      archives.ifPresent(StandIn::createQuietly);
      Path docker = bin.resolve("docker");
      Files.writeString(docker, script);
      Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwx------"));
      return bin;
    } catch (IOException e) {
      throw new UserError("cannot install the daemonless docker in " + bin + ": " + e, e);
    }
  }

  /** The script's part that hands the command to the server and prints its answer. */
  private static String client(StandInServer server) {
    // The braces keep exec's 2>/dev/null to the connection attempt: exec alone would redirect the
    // script's stderr for good.
    return "if { exec 3<>/dev/tcp/127.0.0.1/"
        + server.port()
        + "; } 2>/dev/null; then\n"
        + "  b64() { printf '%s' \"$1\" | base64 -w0; echo; }\n"
        + "  {\n"
        + "    echo "
        + quoted(server.token())
        + "\n"
        + "    b64 \"$PWD\"\n"
        + "    b64 \"${DOCKER_CONFIG:-}\"\n"
        + "    for arg in \"$@\"; do b64 \"$arg\"; done\n"
        + "    echo .\n"
        + "    stdin=\n"
        + "    for arg in \"$@\"; do [ \"$arg\" != --password-stdin ] || stdin=$(base64 -w0); done\n"
        + "    echo \"$stdin\"\n"
        + "  } >&3\n"
        + "  status=1\n"
        + "  while IFS= read -r line <&3; do\n"
        + "    case \"$line\" in\n"
        + "      '1 '*) printf '%s\\n' \"${line:2}\" ;;\n"
        + "      '2 '*) printf '%s\\n' \"${line:2}\" >&2 ;;\n"
        + "      'exit '*) status=${line#exit } ;;\n"
        + "    esac\n"
        + "  done\n"
        + "  exit \"$status\"\n"
        + "fi\n";
  }

  private static void createQuietly(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      // no archive: the stand-in starts as usual, only slower
    }
  }

  private static String quoted(Object value) {
    return "'" + value.toString().replace("'", "'\\''") + "'";
  }
}
