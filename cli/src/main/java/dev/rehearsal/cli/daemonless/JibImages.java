package dev.rehearsal.cli.daemonless;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import dev.rehearsal.cli.UserError;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Jib core's two jobs for the stand-in: build an image into the {@link ImageStore} (a tarball, as a
 * local image), and push a stored image to its registry. The registry of a rehearsal is plain HTTP
 * on loopback: Jib speaks HTTP to it only when insecure registries are allowed, and sends
 * credentials over HTTP only with its {@code sendCredentialsOverHttp} property (Jib's FAQ, "How can
 * I diagnose problems pulling or pushing from remote registries?").
 */
final class JibImages {
  private static final String SEND_CREDENTIALS_OVER_HTTP = "sendCredentialsOverHttp";

  private final ImageStore store;

  JibImages(ImageStore store) {
    this.store = store;
  }

  /** Builds {@code builder}'s image as {@code tag} into the store; the image. */
  JibContainer build(JibContainerBuilder builder, String tag) {
    store.prepare();
    try {
      TarImage tarball = TarImage.at(store.tarball(tag)).named(tag);
      return builder.containerize(caches(Containerizer.to(tarball)));
    } catch (InvalidImageReferenceException e) {
      throw new UserError("invalid reference format: " + tag, e);
    } catch (Exception e) {
      throw failure("build", e);
    }
  }

  /** Pushes the stored image tagged {@code tag} to its registry, as {@code login} if given. */
  JibContainer push(String tag, Optional<DockerConfig.Login> login) {
    Path tarball = store.existing(tag);
    System.setProperty(SEND_CREDENTIALS_OVER_HTTP, "true");
    try {
      RegistryImage target = RegistryImage.named(tag);
      login.ifPresent(l -> target.addCredential(l.username(), l.password()));
      return Jib.from(TarImage.at(tarball))
          .containerize(caches(Containerizer.to(target)).setAllowInsecureRegistries(true));
    } catch (InvalidImageReferenceException e) {
      throw new UserError("invalid reference format: " + tag, e);
    } catch (Exception e) {
      throw failure("push", e);
    }
  }

  /** Jib's caches in the store: a rehearsal leaves nothing in the user's home. */
  private Containerizer caches(Containerizer containerizer) {
    return containerizer
        .setBaseImageLayersCache(store.cache().resolve("base"))
        .setApplicationLayersCache(store.cache().resolve("application"))
        .setToolName("rehearse");
  }

  /** The registry's or the file system's words, found along Jib's chain of causes. */
  private static UserError failure(String what, Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    StringBuilder message = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && message.indexOf(t.getMessage()) < 0) {
        message.append(message.isEmpty() ? "" : ": ").append(t.getMessage());
      }
    }
    return new UserError(what + " failed: " + message, e);
  }
}
