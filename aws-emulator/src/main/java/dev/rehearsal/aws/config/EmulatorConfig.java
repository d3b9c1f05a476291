package dev.rehearsal.aws.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emulator's settings, as system properties ({@code -Drehearsal.account-id=...}) or environment
 * variables ({@code REHEARSAL_ACCOUNT_ID}); documented in the module's README.
 */
@ConfigMapping(prefix = "rehearsal")
public interface EmulatorConfig {
  /** Where IAM state, the session-token key and the {@code port} file live. */
  @WithDefault("${user.home}/.oidc-rehearsal/aws-emulator")
  String dataDir();

  /** The one account this emulator is; LocalStack's and moto's default id. */
  @WithDefault("000000000000")
  String accountId();

  /** The account's root access key id; {@code test} is LocalStack's habit (loopback only). */
  @WithDefault("test")
  String rootAccessKey();

  @WithDefault("test")
  String rootSecretKey();

  @WithDefault("us-east-1")
  String region();

  /** Issuer URL → where its discovery document really is, and which CA to trust there. */
  Map<String, Issuer> issuers();

  /**
   * Issuers AWS trusts through its library of root CAs, so that a provider's thumbprints are not
   * consulted (GitHub's since 2023-07-06, facts.md).
   */
  @WithDefault("https://token.actions.githubusercontent.com")
  List<String> trustedCaIssuers();

  Jwks jwks();

  /** The decision log in {@code DATA/decisions/} (module README, "Decisions"). */
  Decisions decisions();

  /** One issuer reachable offline. */
  interface Issuer {
    /** The issuer as tokens name it, e.g. {@code https://token.actions.githubusercontent.com}. */
    String url();

    /** Where the issuer really answers, e.g. {@code https://127.0.0.1:8443}. */
    String location();

    /** PEM file of the CA certificate(s) to trust at {@link #location()}; else the JDK's. */
    Optional<String> caFile();
  }

  /** How the issuer's keys are fetched and kept. */
  interface Jwks {
    /** At most one fetch per issuer in this interval: a flood of bad tokens cannot hammer it. */
    @WithDefault("PT5S")
    Duration minRefreshInterval();

    @WithDefault("PT5S")
    Duration fetchTimeout();
  }

  /** What the decision log keeps. */
  interface Decisions {
    /** Off only to measure what the log costs (docs/benchmarks.md). */
    @WithDefault("true")
    boolean enabled();

    /** A file over this many bytes moves to {@code decisions.1.jsonl}. */
    @WithDefault("10485760")
    long maxFileSize();

    /** How many older files are kept ({@code decisions.1.jsonl} … {@code decisions.N.jsonl}). */
    @WithDefault("5")
    int maxFiles();
  }
}
