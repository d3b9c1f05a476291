package dev.rehearsal.cli.daemonless;

import dev.rehearsal.cli.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stand-in's local images, as the Docker engine keeps the images {@code docker build} tagged:
 * one image tarball (docker's {@code docker save} layout, as Jib writes it) per tag, which {@code
 * docker push} reads back.
 */
record ImageStore(Path root) {
  static final String VARIABLE = "REHEARSAL_IMAGES";

  Path tarball(String tag) {
    return root.resolve(tag.replaceAll("[^A-Za-z0-9._-]", "_") + ".tar");
  }

  Path cache() {
    return root.resolve("cache");
  }

  void prepare() {
    try {
      Files.createDirectories(cache());
    } catch (IOException e) {
      throw new UserError("cannot create the image store " + root + ": " + e.getMessage(), e);
    }
  }

  /** The image tagged {@code tag}, or docker's answer when there is none. */
  Path existing(String tag) {
    Path tarball = tarball(tag);
    if (!Files.isRegularFile(tarball)) {
      throw new UserError("An image does not exist locally with the tag: " + repository(tag));
    }
    return tarball;
  }

  /** {@code host:port/name} of {@code host:port/name:tag}. */
  static String repository(String tag) {
    int slash = tag.lastIndexOf('/');
    int colon = tag.lastIndexOf(':');
    return colon > slash ? tag.substring(0, colon) : tag;
  }

  /** The tag of {@code host:port/name:tag}, {@code latest} when none is given. */
  static String tagOf(String tag) {
    int slash = tag.lastIndexOf('/');
    int colon = tag.lastIndexOf(':');
    return colon > slash ? tag.substring(colon + 1) : "latest";
  }
}
