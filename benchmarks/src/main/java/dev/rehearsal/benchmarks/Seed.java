package dev.rehearsal.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed article's documents, as benchmark inputs (see examples/seed/stack.yaml). */
final class Seed {
  private Seed() {}

  /** The seed role's trust policy, resolved with GitHubOrg=acme in account 123456789012. */
  static String trustPolicyJson() {
    return resource("/seed/trust-policy.json");
  }

  static String resource(String path) {
    try (InputStream in = Seed.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("benchmark resource missing: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
