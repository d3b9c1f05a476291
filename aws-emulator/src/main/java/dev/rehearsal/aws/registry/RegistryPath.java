package dev.rehearsal.aws.registry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registry URL path split into what it addresses (OCI distribution spec, "Endpoints"). A
 * repository name may itself contain {@code manifests} or {@code blobs} as a component, so the
 * resource is matched at the end of the path and the name is everything before it.
 */
public record RegistryPath(Kind kind, String name, String reference) {
  public enum Kind {
    PING,
    BLOB,
    UPLOADS,
    UPLOAD,
    MANIFEST,
    TAGS,
    REFERRERS
  }

  private static final Pattern UPLOAD = Pattern.compile("(.+)/blobs/uploads/([^/]*)");
  private static final Pattern BLOB = Pattern.compile("(.+)/blobs/([^/]+)");
  private static final Pattern MANIFEST = Pattern.compile("(.+)/manifests/([^/]+)");
  private static final Pattern TAGS = Pattern.compile("(.+)/tags/list");
  private static final Pattern REFERRERS = Pattern.compile("(.+)/referrers/([^/]+)");

  /** The resource {@code path} (starting with {@code /v2/}) names, or empty for no resource. */
  public static Optional<RegistryPath> parse(String path) {
    if (!path.startsWith("/v2/")) {
      return Optional.empty();
    }
    String rest = path.substring(4);
    if (rest.isEmpty()) {
      return Optional.of(new RegistryPath(Kind.PING, "", ""));
    }
    Matcher m = UPLOAD.matcher(rest);
    if (m.matches()) {
      return Optional.of(
          new RegistryPath(
              m.group(2).isEmpty() ? Kind.UPLOADS : Kind.UPLOAD, m.group(1), m.group(2)));
    }
    m = TAGS.matcher(rest);
    if (m.matches()) {
      return Optional.of(new RegistryPath(Kind.TAGS, m.group(1), ""));
    }
    m = MANIFEST.matcher(rest);
    if (m.matches()) {
      return Optional.of(new RegistryPath(Kind.MANIFEST, m.group(1), m.group(2)));
    }
    m = REFERRERS.matcher(rest);
    if (m.matches()) {
      return Optional.of(new RegistryPath(Kind.REFERRERS, m.group(1), m.group(2)));
    }
    m = BLOB.matcher(rest);
    if (m.matches()) {
      return Optional.of(new RegistryPath(Kind.BLOB, m.group(1), m.group(2)));
    }
    return Optional.empty();
  }
}
