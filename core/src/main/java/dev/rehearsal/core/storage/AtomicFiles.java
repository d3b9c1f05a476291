package dev.rehearsal.core.storage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way this project replaces a file: the new content goes to a temporary file in the
 * target's own directory, is forced to disk, gets its mode, is renamed over the target atomically,
 * and the directory is forced so that the rename survives a crash too. A crash at any moment leaves
 * the target with its old complete content or its new complete content, never a part, and at worst
 * a temporary file that {@link #cleanStale(Path)} removes.
 *
 * <p>Where the file system cannot rename atomically the write is refused with an {@link
 * AtomicMoveNotSupportedException}: a plain move there could leave a half-written target after a
 * crash, which is what this class exists to rule out.
 *
 * <p>Temporary files are named {@code .<target name>.<pid>-<16 hex digits>.tmp}: unique per write,
 * so that writers of different files in one directory (or of the same file) never share one, and
 * carrying the writing process's id, so that {@link #cleanStale(Path)} removes only what a process
 * no longer running left behind (and this process's own leftovers of failed writes), never the
 * temporary file of a write in progress.
 */
public final class AtomicFiles {
  /** {@code rw-------}: keys, tokens, state. */
  public static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  /** {@code rw-r--r--}: what anyone may read (a CA certificate, a port). */
  public static final Set<PosixFilePermission> READABLE =
      PosixFilePermissions.fromString("rw-r--r--");

  static final String TEMP_SUFFIX = ".tmp";
  private static final Pattern TEMP_NAME =
      Pattern.compile("^\\..+\\.(\\d{1,19})-[0-9a-f]{16}" + Pattern.quote(TEMP_SUFFIX) + "$");

  /** Longest part of the target's name kept in a temporary file's name (names max 255 bytes). */
  private static final int NAME_KEPT = 160;

  private static final int BUFFER_SIZE = 64 * 1024;
  private static final long PID = ProcessHandle.current().pid();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  /**
   * The names of this process's temporary files of writes in progress, which cleaning must leave
   * alone. Names, not paths: a directory reached through another path (a symbolic link, {@code ..})
   * is still the same directory, and the random part makes each name unique.
   */
  private static final Set<String> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  /** How a write's content reaches the file: streamed, for content too large to hold in memory. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the whole content to {@code out}. Closing {@code out} is allowed and does not end the
     * write early; an exception abandons the write and leaves the target as it was.
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** The rename step, replaceable in tests to play a file system that cannot rename atomically. */
  @FunctionalInterface
  interface Rename {
    void move(Path from, Path to, CopyOption... options) throws IOException;
  }

  private AtomicFiles() {}

  /** Replaces {@code target} with {@code content}, mode {@link #OWNER_ONLY}. */
  public static void write(Path target, byte[] content) throws IOException {
    write(target, content, OWNER_ONLY);
  }

  /**
   * Replaces {@code target} with {@code content} atomically; the file gets exactly {@code mode}.
   */
  public static void write(Path target, byte[] content, Set<PosixFilePermission> mode)
      throws IOException {
    Objects.requireNonNull(content, "content");
    replace(target, mode, channel -> writeFully(channel, ByteBuffer.wrap(content)), Files::move);
  }

  /** Replaces {@code target} with streamed content, mode {@link #OWNER_ONLY}. */
  public static void write(Path target, Content content) throws IOException {
    write(target, OWNER_ONLY, content);
  }

  /**
   * Replaces {@code target} atomically with what {@code content} writes; the file gets exactly
   * {@code mode}. The stream is buffered; nothing of it is visible at {@code target} until the
   * whole content is on disk.
   */
  public static void write(Path target, Set<PosixFilePermission> mode, Content content)
      throws IOException {
    Objects.requireNonNull(content, "content");
    replace(target, mode, channel -> stream(channel, content), Files::move);
  }

  /** Removes {@code target} if it exists and forces its directory, so the removal survives. */
  public static void delete(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.deleteIfExists(absolute);
    syncDirectory(absolute.getParent());
  }

  /**
   * Removes the temporary files that writes into {@code directory} left behind when their process
   * ended mid-write (a crash, a kill), and those of this process's own failed writes; a write in
   * progress in this or another running process keeps its file. Only files named as this class
   * names its temporary files are touched; sub-directories are not entered. Returns the files
   * removed. A missing directory has nothing to clean.
   */
  public static List<Path> cleanStale(Path directory) throws IOException {
    List<Path> removed = new ArrayList<>();
    Path absolute = directory.toAbsolutePath();
    if (!Files.isDirectory(absolute)) {
      return removed;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
      for (Path entry : entries) {
        Matcher name = TEMP_NAME.matcher(entry.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(entry) || inProgress(entry, name.group(1))) {
          continue;
        }
        try {
          if (Files.deleteIfExists(entry)) {
            removed.add(entry);
          }
        } catch (NoSuchFileException e) {
          // removed concurrently
        }
      }
    }
    if (!removed.isEmpty()) {
      syncDirectory(absolute);
    }
    return removed;
  }

  private static boolean inProgress(Path temp, String pidText) {
    long pid;
    try {
      pid = Long.parseLong(pidText);
    } catch (NumberFormatException e) {
      return false;
    }
    if (pid == PID) {
      return IN_FLIGHT.contains(temp.getFileName().toString());
    }
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  @FunctionalInterface
  private interface Body {
    void writeTo(FileChannel channel) throws IOException;
  }

  static void write(Path target, Set<PosixFilePermission> mode, Content content, Rename rename)
      throws IOException {
    replace(target, mode, channel -> stream(channel, content), rename);
  }

  private static void replace(Path target, Set<PosixFilePermission> mode, Body body, Rename rename)
      throws IOException {
    Objects.requireNonNull(mode, "mode");
    Path absolute = target.toAbsolutePath().normalize();
    Path directory = absolute.getParent();
    if (directory == null || absolute.getFileName() == null) {
      throw new IOException("not a file: " + target);
    }
    boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    Path temp = null;
    boolean renamed = false;
    try {
      FileChannel channel = null;
      while (channel == null) {
        temp = directory.resolve(temporaryName(absolute.getFileName().toString()));
        IN_FLIGHT.add(temp.getFileName().toString());
        try {
          channel = create(temp, posix);
        } catch (FileAlreadyExistsException e) {
          IN_FLIGHT.remove(temp.getFileName().toString());
        }
      }
      try (FileChannel open = channel) {
        body.writeTo(open);
        open.force(true);
      }
      if (posix) {
        // Set after creation: the umask may have removed bits the mode asks for.
        Files.setPosixFilePermissions(temp, mode);
      }
      try {
        rename.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new AtomicMoveNotSupportedException(
            temp.toString(),
            absolute.toString(),
            "the file system of "
                + directory
                + " cannot rename atomically, so "
                + absolute.getFileName()
                + " was not replaced (a plain move could leave it half-written after a crash);"
                + " use a directory on a local file system");
      }
      renamed = true;
      syncDirectory(directory);
    } finally {
      if (temp != null) {
        if (!renamed) {
          try {
            Files.deleteIfExists(temp);
          } catch (IOException e) {
            // cleanStale removes it later
          }
        }
        IN_FLIGHT.remove(temp.getFileName().toString());
      }
    }
  }

  private static FileChannel create(Path temp, boolean posix) throws IOException {
    Set<StandardOpenOption> options =
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    if (!posix) {
      return FileChannel.open(temp, options);
    }
    // Owner-only from the first byte: the final mode comes once the content is complete.
    FileAttribute<Set<PosixFilePermission>> ownerOnly =
        PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    return FileChannel.open(temp, options, ownerOnly);
  }

  static String temporaryName(String targetName) {
    String kept = targetName.length() > NAME_KEPT ? targetName.substring(0, NAME_KEPT) : targetName;
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    return "." + kept + "." + PID + "-" + HEX.formatHex(random) + TEMP_SUFFIX;
  }

  private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static void stream(FileChannel channel, Content content) throws IOException {
    OutputStream out = new KeepOpen(Channels.newOutputStream(channel));
    content.writeTo(out);
    out.flush();
  }

  /** Buffers, and turns the callback's close into a flush: the channel must stay open to force. */
  private static final class KeepOpen extends BufferedOutputStream {
    KeepOpen(OutputStream out) {
      super(out, BUFFER_SIZE);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static void syncDirectory(Path directory) {
    if (directory == null) {
      return;
    }
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Some file systems (and Windows) refuse to open a directory for sync; the rename stands.
    }
  }
}
