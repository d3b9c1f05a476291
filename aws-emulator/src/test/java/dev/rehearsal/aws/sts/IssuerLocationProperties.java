package dev.rehearsal.aws.sts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** Issuer URLs are rewritten to their configured location only under the issuer's own prefix. */
class IssuerLocationProperties {
  private static final IssuerLocation GITHUB =
      new IssuerLocation(
          "https://token.actions.githubusercontent.com",
          URI.create("https://127.0.0.1:8443"),
          null);

  @Property
  void rewrite_keepsThePathUnderTheIssuer(@ForAll @AlphaChars @StringLength(max = 20) String path) {
    assertThat(GITHUB.rewrite("https://token.actions.githubusercontent.com/" + path))
        .contains(URI.create("https://127.0.0.1:8443/" + path));
  }

  @Example
  void rewrite_whenUrlOnlySharesAPrefixOfTheHost_isEmpty() {
    assertThat(GITHUB.rewrite("https://token.actions.githubusercontent.com.evil.example/jwks"))
        .isEmpty();
    assertThat(GITHUB.rewrite("https://example.com/.well-known/jwks")).isEmpty();
  }
}
