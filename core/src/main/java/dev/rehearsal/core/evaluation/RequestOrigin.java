package dev.rehearsal.core.evaluation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a request reached AWS, whoever signed it: the region of the endpoint it was sent to, when,
 * whether over TLS, and from which address when that is known. The global condition keys {@code
 * aws:RequestedRegion}, {@code aws:CurrentTime}, {@code aws:EpochTime}, {@code aws:SecureTransport}
 * and {@code aws:SourceIp} are made of it ({@link RequestContexts}).
 *
 * @param sourceIp an IPv4 or IPv6 address without a prefix; empty when the caller is not known by
 *     address (a scenario that names none)
 */
public record RequestOrigin(
    String region, Instant time, boolean secureTransport, Optional<String> sourceIp) {
  /**
   * The region of STS's global endpoint, {@code sts.amazonaws.com}: AWS General Reference, "AWS
   * Security Token Service endpoints and quotas" ("us-east-1" for the global endpoint).
   */
  public static final String GLOBAL_STS_REGION = "us-east-1";

  public RequestOrigin {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(sourceIp, "sourceIp");
    if (region.isBlank()) {
      throw new IllegalArgumentException("region must name an AWS Region, got '" + region + "'");
    }
    if (sourceIp.isPresent() && !isAddress(sourceIp.get())) {
      throw new IllegalArgumentException(
          "sourceIp must be an IPv4 or IPv6 address, got '" + sourceIp.get() + "'");
    }
  }

  /** A request over HTTPS, as every AWS SDK and the CLI send it, from an unknown address. */
  public static RequestOrigin https(String region, Instant time) {
    return new RequestOrigin(region, time, true, Optional.empty());
  }

  /** This origin at another time. */
  public RequestOrigin at(Instant other) {
    return new RequestOrigin(region, other, secureTransport, sourceIp);
  }

  /** Whether {@code text} is one IPv4 or IPv6 address (no prefix length), as IAM reads one. */
  public static boolean isAddress(String text) {
    return text.indexOf('/') < 0 && Cidr.parse(text) != null;
  }
}
