package dev.rehearsal.aws.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Issuer URLs are rewritten to their configured location only under the issuer's own prefix. */
class IssuerLocationProperties {
  private static final IssuerLocation GITHUB =
      new IssuerLocation(
          "https://token.actions.githubusercontent.com",
          URI.create("https://127.0.0.1:8443"),
          null);

  private static final List<Character> ALPHA =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
          .chars()
          .mapToObj(c -> (char) c)
          .toList();

  /** Paths of 0 to 20 letters a-z and A-Z. */
  @Test
  void rewrite_keepsThePathUnderTheIssuer() {
    qt().withExamples(1000)
        .forAll(
            lists()
                .of(Generate.pick(ALPHA))
                .ofSizeBetween(0, 20)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining())))
        .checkAssert(
            path ->
                assertThat(GITHUB.rewrite("https://token.actions.githubusercontent.com/" + path))
                    .contains(URI.create("https://127.0.0.1:8443/" + path)));
  }

  @Test
  void rewrite_whenUrlOnlySharesAPrefixOfTheHost_isEmpty() {
    assertThat(GITHUB.rewrite("https://token.actions.githubusercontent.com.evil.example/jwks"))
        .isEmpty();
    assertThat(GITHUB.rewrite("https://example.com/.well-known/jwks")).isEmpty();
  }
}
