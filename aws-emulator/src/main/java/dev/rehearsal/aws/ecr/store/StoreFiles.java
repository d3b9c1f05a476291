package dev.rehearsal.aws.ecr.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The file operations the store is built from: owner-only files (0600) and directories (0700),
 * atomic renames followed by a sync of the directory, and the one copy loop that streams a request
 * body to disk while digesting it.
 */
final class StoreFiles {
  /** The copy buffer: large enough for few system calls, small enough for many parallel pushes. */
  static final int BUFFER_SIZE = 256 * 1024;

  /**
   * How much a copy writes before it asks a background thread to start flushing it to disk: the
   * disk writes then overlap the digesting instead of all waiting for the final fsync.
   */
  static final long FLUSH_EVERY = 32L * 1024 * 1024;

  private static final ExecutorService FLUSHER =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "ecr-store-flush");
            thread.setDaemon(true);
            return thread;
          });

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> FILE_MODE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY_MODE =
      PosixFilePermissions.fromString("rwx------");

  private StoreFiles() {}

  /** Creates {@code directory} and its missing parents, each mode 0700. */
  static void createDirectories(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      return;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    try {
      if (POSIX) {
        Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
      } else {
        Files.createDirectory(absolute);
      }
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(absolute)) {
        throw new UncheckedIOException("not a directory: " + absolute, e);
      }
      return; // created by a concurrent writer
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create directory " + absolute, e);
    }
    syncDirectory(parent);
  }

  /** Creates a new file, mode 0600, open for writing. */
  static FileChannel createFile(Path file) throws IOException {
    Set<StandardOpenOption> options =
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    FileAttribute<?>[] attributes =
        POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_MODE)}
            : new FileAttribute<?>[0];
    return FileChannel.open(file, options, attributes);
  }

  /** Writes {@code content} to the new file {@code file} and forces it to disk. */
  static void writeNewFile(Path file, byte[] content) throws IOException {
    try (FileChannel channel = createFile(file)) {
      writeFully(channel, ByteBuffer.wrap(content));
      channel.force(true);
    }
  }

  static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /**
   * Copies {@code in} to {@code out} at its position, updating {@code digest} with every byte
   * written, and reads at most {@code limit + 1} bytes: a result above {@code limit} means the
   * stream was longer (the extra byte is neither written nor digested).
   */
  static long copy(InputStream in, FileChannel out, MessageDigest digest, long limit)
      throws IOException {
    byte[] buffer = new byte[BUFFER_SIZE];
    ByteBuffer wrapped = ByteBuffer.wrap(buffer);
    long total = 0;
    long flushedUpTo = 0;
    Future<?> flushing = null;
    try {
      while (true) {
        long left = limit - total; // >= 0 here
        int want = left >= buffer.length ? buffer.length : (int) left + 1;
        int n = in.readNBytes(buffer, 0, want);
        if (n <= 0) {
          return total;
        }
        total += n;
        if (total > limit) {
          return total;
        }
        if (digest != null) {
          digest.update(buffer, 0, n);
        }
        wrapped.clear().limit(n);
        writeFully(out, wrapped);
        if (total - flushedUpTo >= FLUSH_EVERY && (flushing == null || flushing.isDone())) {
          flushedUpTo = total;
          flushing = FLUSHER.submit(() -> forceQuietly(out));
        }
        if (n < want) {
          return total; // readNBytes stops short only at the end of the stream
        }
      }
    } finally {
      awaitQuietly(flushing);
    }
  }

  private static void forceQuietly(FileChannel channel) {
    try {
      channel.force(false);
    } catch (IOException e) {
      // the writer's own force at the end reports a failing disk
    }
  }

  private static void awaitQuietly(Future<?> flushing) {
    if (flushing == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        flushing.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException e) {
        break;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Digests {@code length} bytes of {@code file} from {@code position} into {@code digest}. */
  static void digest(Path file, long position, long length, MessageDigest digest)
      throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      byte[] buffer = new byte[BUFFER_SIZE];
      ByteBuffer wrapped = ByteBuffer.wrap(buffer);
      long done = 0;
      while (done < length) {
        wrapped.clear().limit((int) Math.min(buffer.length, length - done));
        int n = channel.read(wrapped, position + done);
        if (n < 0) {
          throw new IOException(file + " ended after " + (position + done) + " bytes");
        }
        digest.update(buffer, 0, n);
        done += n;
      }
    }
  }

  /**
   * Renames {@code from} to {@code to} atomically, or refuses: a blob appears whole or not at all
   * (the same rule as core's {@code AtomicFiles}, which cannot serve here: a blob's name is its
   * digest, known only once its content has been written).
   */
  static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "the data directory's file system cannot rename atomically, so " + to + " was not stored",
          e);
    }
  }

  static void syncDirectory(Path directory) {
    if (directory == null) {
      return;
    }
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems refuse to open a directory for sync; the rename is still atomic.
    }
  }

  /** Deletes {@code path} and, if it is a directory, everything under it; absent is fine. */
  static void deleteTree(Path path) {
    try {
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
          for (Path child : children) {
            deleteTree(child);
          }
        }
      }
      Files.deleteIfExists(path);
    } catch (NoSuchFileException e) {
      // removed concurrently
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }

  static void deleteQuietly(Path path) {
    try {
      deleteTree(path);
    } catch (UncheckedIOException e) {
      // best effort: start-up cleaning removes what is left
    }
  }
}
