package dev.rehearsal.aws.ecr.store;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import dev.rehearsal.core.storage.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * Blob upload sessions (the OCI distribution spec's POST / PATCH / PUT push; ECR's
 * InitiateLayerUpload / UploadLayerPart / CompleteLayerUpload). A session is a directory {@code
 * root/<id>/} holding {@code data}, the bytes received so far, and {@code meta}, its state,
 * replaced atomically after every chunk once the chunk is on disk: after a crash, {@code meta}'s
 * size is what was acknowledged, and bytes past it are cut off when the session is next loaded. A
 * session being created or removed is a {@code root/.<id>.*} directory, removed at start.
 *
 * <p>The sha256 of a live session is kept in memory and advanced as chunks are written, so that
 * completing a large upload does not read it again; after a restart it is recomputed from {@code
 * data}. Requests on one session are serialised: one that arrives while another is writing the same
 * session is refused with RANGE_INVALID (416) rather than queued — the spec requires chunks "in
 * order, with the first byte of a chunk being the last chunk's end-of-range plus one" and a 416 for
 * one out of order, and while a chunk is being written the offset the second one must start at is
 * not yet known; the client can ask the upload's status (GET) and resume from its Range.
 */
public final class Uploads {
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String DATA = "data";
  private static final String META = "meta";
  private static final String META_TEMP = "meta.tmp";

  private final Path root;
  private final BlobStore blobs;
  private final Clock clock;
  private final Duration idleLimit;
  private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

  public Uploads(Path root, BlobStore blobs, Clock clock, Duration idleLimit) {
    this.root = root.toAbsolutePath().normalize();
    this.blobs = Objects.requireNonNull(blobs, "blobs");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.idleLimit = Objects.requireNonNull(idleLimit, "idleLimit");
    StoreFiles.createDirectories(this.root);
    cleanAtStart();
  }

  /** Starts a session for {@code repository}; its id is a random UUID, ECR's uploadId form. */
  public Upload start(String repository) {
    Objects.requireNonNull(repository, "repository");
    if (repository.isEmpty() || repository.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("invalid repository name for an upload: " + repository);
    }
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    Upload upload = new Upload(id, repository, 0, now, now);
    Path staging = root.resolve("." + id + ".new");
    Path dir = root.resolve(id);
    try {
      StoreFiles.createDirectories(staging);
      try (FileChannel data = StoreFiles.createFile(staging.resolve(DATA))) {
        data.force(true);
      }
      StoreFiles.writeNewFile(staging.resolve(META), encode(upload));
      StoreFiles.syncDirectory(staging);
      StoreFiles.moveAtomically(staging, dir);
      StoreFiles.syncDirectory(root);
    } catch (IOException e) {
      StoreFiles.deleteQuietly(staging);
      throw new UncheckedIOException("cannot start an upload in " + root, e);
    }
    Session session = new Session(id, dir, upload);
    session.sha256 = Digest.sha256();
    session.digested = 0;
    sessions.put(id, session);
    return upload;
  }

  /** The session {@code id}, if it exists (including one left by an earlier run). */
  public Optional<Upload> find(String id) {
    Session session = session(id);
    return session == null || session.closed ? Optional.empty() : Optional.of(session.upload);
  }

  /**
   * Appends {@code data} to session {@code id}, streaming it to disk; all of it or none of it is
   * kept.
   *
   * @param rangeStart the first byte's offset (a chunk's Content-Range); if present it must equal
   *     the session's size
   * @throws RegistryException BLOB_UPLOAD_UNKNOWN / UploadNotFoundException; RANGE_INVALID /
   *     InvalidLayerPartException for a chunk out of order or while another request writes the
   *     session
   */
  public Upload append(String id, OptionalLong rangeStart, InputStream data) {
    Session session = lock(id);
    try {
      long size = session.upload.size();
      if (rangeStart.isPresent() && rangeStart.getAsLong() != size) {
        throw new RegistryException(
            RegistryErrorCode.RANGE_INVALID,
            AwsErrorCode.ECR_INVALID_LAYER_PART,
            "upload "
                + id
                + " holds "
                + size
                + " bytes, so its next chunk must start at byte "
                + size
                + "; this one starts at "
                + rangeStart.getAsLong());
      }
      appendLocked(session, data);
      return session.upload;
    } finally {
      session.lock.unlock();
    }
  }

  /**
   * Appends {@code lastChunk} if given, checks the content's digest and moves it into the blob
   * store atomically; the session is gone afterwards. On a digest mismatch the session is discarded
   * too (as distribution/distribution does: its content can never match) and nothing is stored.
   *
   * @throws RegistryException DIGEST_INVALID / InvalidLayerException naming the expected and the
   *     computed digests; BLOB_UPLOAD_UNKNOWN / UploadNotFoundException; RANGE_INVALID while
   *     another request writes the session
   */
  public BlobInfo complete(String id, Digest expected, Optional<InputStream> lastChunk) {
    Objects.requireNonNull(expected, "expected");
    Session session = lock(id);
    try {
      if (lastChunk.isPresent()) {
        appendLocked(session, lastChunk.get());
      }
      long size = session.upload.size();
      Path data = session.dir.resolve(DATA);
      Digest computed;
      try {
        trim(data, size);
        computed = digestOf(session, expected.algorithm(), data, size);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read upload " + id, e);
      }
      if (!computed.equals(expected)) {
        discard(session);
        throw new RegistryException(
            RegistryErrorCode.DIGEST_INVALID,
            AwsErrorCode.ECR_INVALID_LAYER,
            "upload "
                + id
                + " ("
                + size
                + " bytes) has digest "
                + computed
                + ", not the expected "
                + expected);
      }
      BlobInfo info;
      try {
        info = blobs.commit(data, computed, size);
      } catch (AtomicMoveNotSupportedException e) {
        // uploads and blobs on different file systems: copy (verified again) instead of renaming
        try (InputStream in = Files.newInputStream(data)) {
          info = blobs.put(in, Optional.of(computed), OptionalLong.of(size));
        } catch (IOException copyFailure) {
          throw new UncheckedIOException(
              "cannot store upload " + id + " as " + computed, copyFailure);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot store upload " + id + " as " + computed, e);
      }
      discard(session);
      return info;
    } finally {
      session.lock.unlock();
    }
  }

  /**
   * Removes session {@code id} and its data.
   *
   * @throws RegistryException BLOB_UPLOAD_UNKNOWN / UploadNotFoundException; BLOB_UPLOAD_INVALID
   *     while another request writes the session
   */
  public void cancel(String id) {
    Session session = session(id);
    if (session == null) {
      throw unknown(id);
    }
    if (!session.lock.tryLock()) {
      throw new RegistryException(
          RegistryErrorCode.BLOB_UPLOAD_INVALID,
          AwsErrorCode.ECR_INVALID_LAYER_PART,
          "upload " + id + " is busy with another request; cancel it when that one has ended");
    }
    try {
      if (session.closed) {
        throw unknown(id);
      }
      discard(session);
    } finally {
      session.lock.unlock();
    }
  }

  /**
   * Removes the sessions no request has touched for longer than the idle limit (busy ones are
   * left); returns how many.
   */
  public int removeIdle() {
    Instant cutoff = clock.instant().minus(idleLimit);
    int removed = 0;
    for (String id : sessionIds()) {
      Session session = session(id);
      if (session == null || !session.upload.touched().isBefore(cutoff)) {
        continue;
      }
      if (!session.lock.tryLock()) {
        continue;
      }
      try {
        if (!session.closed && session.upload.touched().isBefore(cutoff)) {
          discard(session);
          removed++;
        }
      } finally {
        session.lock.unlock();
      }
    }
    return removed;
  }

  private Session lock(String id) {
    Session session = session(id);
    if (session == null) {
      throw unknown(id);
    }
    if (!session.lock.tryLock()) {
      throw new RegistryException(
          RegistryErrorCode.RANGE_INVALID,
          AwsErrorCode.ECR_INVALID_LAYER_PART,
          "upload "
              + id
              + " is receiving another chunk; ask for its status and send the next chunk"
              + " from its end");
    }
    if (session.closed) {
      session.lock.unlock();
      throw unknown(id);
    }
    return session;
  }

  /** Streams {@code in} to the end of the session's data; on failure the data is cut back. */
  private void appendLocked(Session session, InputStream in) {
    Upload before = session.upload;
    long start = before.size();
    Path data = session.dir.resolve(DATA);
    MessageDigest digest =
        session.sha256 != null && session.digested == start ? clone(session.sha256) : null;
    boolean done = false;
    try (FileChannel channel = FileChannel.open(data, StandardOpenOption.WRITE)) {
      try {
        channel.position(start);
        long written = StoreFiles.copy(in, channel, digest, Long.MAX_VALUE);
        if (channel.size() > start + written) {
          channel.truncate(start + written); // bytes left by an append that failed to cut back
        }
        channel.force(true);
        Upload after =
            new Upload(
                before.id(),
                before.repository(),
                start + written,
                before.started(),
                clock.instant());
        writeMeta(session.dir, after);
        session.upload = after;
        if (digest != null) {
          session.sha256 = digest;
          session.digested = after.size();
        }
        done = true;
      } finally {
        if (!done) {
          truncateQuietly(channel, start);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to upload " + before.id(), e);
    }
  }

  private static void truncateQuietly(FileChannel channel, long size) {
    try {
      channel.truncate(size);
    } catch (IOException e) {
      // closed by an interrupt: bytes past the recorded size are cut at the next append or load
    }
  }

  /** Cuts {@code data} to {@code size}: a blob must hold exactly the acknowledged bytes. */
  private static void trim(Path data, long size) throws IOException {
    try (FileChannel channel = FileChannel.open(data, StandardOpenOption.WRITE)) {
      if (channel.size() > size) {
        channel.truncate(size);
        channel.force(true);
      }
    }
  }

  private Digest digestOf(Session session, String algorithm, Path data, long size)
      throws IOException {
    if (Digest.SHA256.equals(algorithm) && session.sha256 != null && session.digested <= size) {
      MessageDigest digest = clone(session.sha256);
      StoreFiles.digest(data, session.digested, size - session.digested, digest);
      return Digest.of(algorithm, digest.digest());
    }
    MessageDigest digest = Digest.newMessageDigest(algorithm);
    StoreFiles.digest(data, 0, size, digest);
    return Digest.of(algorithm, digest.digest());
  }

  /** Removes the session's directory (renamed away first, so that it vanishes atomically). */
  private void discard(Session session) {
    session.closed = true;
    sessions.remove(session.id, session);
    Path gone = root.resolve("." + session.id + ".gone");
    try {
      StoreFiles.moveAtomically(session.dir, gone);
      StoreFiles.syncDirectory(root);
    } catch (IOException e) {
      gone = session.dir;
    }
    StoreFiles.deleteQuietly(gone);
  }

  private Session session(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return null;
    }
    return sessions.computeIfAbsent(id, this::load);
  }

  /** The session {@code id} as an earlier run left it, or null if it has none (or a broken one). */
  private Session load(String id) {
    Path dir = root.resolve(id);
    Path data = dir.resolve(DATA);
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try {
      Upload upload = decode(id, Files.readAllBytes(dir.resolve(META)));
      long onDisk = Files.size(data);
      if (onDisk > upload.size()) {
        try (FileChannel channel = FileChannel.open(data, StandardOpenOption.WRITE)) {
          channel.truncate(upload.size());
          channel.force(true);
        }
      } else if (onDisk < upload.size()) {
        upload = new Upload(id, upload.repository(), onDisk, upload.started(), upload.touched());
      }
      return new Session(id, dir, upload);
    } catch (NoSuchFileException | IllegalArgumentException | DateTimeParseException e) {
      StoreFiles.deleteQuietly(dir); // a session half removed or damaged: nothing to resume
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load upload " + id, e);
    }
  }

  private List<String> sessionIds() {
    List<String> ids = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (ID.matcher(name).matches()) {
          ids.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    return ids;
  }

  private void cleanAtStart() {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".")) {
          StoreFiles.deleteTree(entry); // a session being created or removed
        } else if (ID.matcher(name).matches()) {
          StoreFiles.deleteQuietly(entry.resolve(META_TEMP)); // the name of earlier versions
          AtomicFiles.cleanStale(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + root, e);
    }
  }

  private static void writeMeta(Path dir, Upload upload) throws IOException {
    AtomicFiles.write(dir.resolve(META), encode(upload));
  }

  private static byte[] encode(Upload upload) {
    return ("repository="
            + upload.repository()
            + "\nsize="
            + upload.size()
            + "\nstarted="
            + upload.started()
            + "\ntouched="
            + upload.touched()
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Upload decode(String id, byte[] bytes) {
    Map<String, String> fields = new HashMap<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        fields.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    String repository = fields.get("repository");
    String size = fields.get("size");
    String started = fields.get("started");
    String touched = fields.get("touched");
    if (repository == null || size == null || started == null || touched == null) {
      throw new IllegalArgumentException("incomplete metadata for upload " + id);
    }
    long parsedSize = Long.parseLong(size);
    if (parsedSize < 0) {
      throw new IllegalArgumentException("negative size for upload " + id);
    }
    return new Upload(id, repository, parsedSize, Instant.parse(started), Instant.parse(touched));
  }

  private static MessageDigest clone(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(
          "the JDK's " + digest.getAlgorithm() + " cannot be cloned", e);
    }
  }

  private static RegistryException unknown(String id) {
    return new RegistryException(
        RegistryErrorCode.BLOB_UPLOAD_UNKNOWN,
        AwsErrorCode.ECR_UPLOAD_NOT_FOUND,
        "upload " + id + " is unknown: never started, already completed or cancelled, or expired");
  }

  private static final class Session {
    final String id;
    final Path dir;
    final ReentrantLock lock = new ReentrantLock();
    volatile Upload upload;
    volatile boolean closed;

    /** The sha256 of data[0, digested), or null when it is unknown (a session from disk). */
    MessageDigest sha256;

    long digested;

    Session(String id, Path dir, Upload upload) {
      this.id = id;
      this.dir = dir;
      this.upload = upload;
    }
  }
}
