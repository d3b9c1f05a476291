package dev.rehearsal.core.evaluation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The one place the global condition keys of a signed request are made, for {@code rehearse check}
 * and the aws-emulator alike (IAM User Guide, "AWS global condition context keys", each key's
 * "Availability"):
 *
 * <ul>
 *   <li>of the principal ({@link Requester}): {@code aws:PrincipalArn}, {@code
 *       aws:PrincipalAccount}, {@code aws:userid}, {@code aws:PrincipalType} ("always included in
 *       the request context"), {@code aws:PrincipalTag/KEY} ("included in the request context if
 *       the principal ... has attached tags");
 *   <li>of the request ({@link RequestOrigin}): {@code aws:RequestedRegion}, {@code
 *       aws:CurrentTime}, {@code aws:EpochTime}, {@code aws:SecureTransport} ("always included"),
 *       {@code aws:SourceIp} when the address is known ("included in the request context, except
 *       when the requester uses a VPC endpoint").
 * </ul>
 *
 * Service-specific keys (ECR's {@code ecr:ResourceTag/*}, STS's {@code sts:RoleSessionName}) are
 * the caller's to add to the {@link #builder}.
 */
public final class RequestContexts {
  private RequestContexts() {}

  /** The keys AWS sets for a request {@code requester} signed, arriving as {@code origin} says. */
  public static ContextKeys of(Requester requester, RequestOrigin origin) {
    return builder(requester, origin).build();
  }

  /** As {@link #of}, for a caller that adds its service's keys. */
  public static ContextKeys.Builder builder(Requester requester, RequestOrigin origin) {
    ContextKeys.Builder keys = ContextKeys.builder(10 + requester.tags().size());
    keys.put("aws:PrincipalArn", requester.principalArn())
        .put("aws:PrincipalAccount", requester.accountId())
        .put("aws:userid", requester.userId())
        .put("aws:PrincipalType", requester.type());
    for (Map.Entry<String, String> tag : requester.tags().entrySet()) {
      keys.put("aws:PrincipalTag/" + tag.getKey(), tag.getValue());
    }
    return origin(keys, origin);
  }

  /** The keys of how the request arrived, added to {@code keys}. */
  public static ContextKeys.Builder origin(ContextKeys.Builder keys, RequestOrigin origin) {
    keys.put("aws:RequestedRegion", origin.region())
        .put("aws:CurrentTime", currentTime(origin.time()))
        .put("aws:EpochTime", epochTime(origin.time()))
        .put("aws:SecureTransport", Boolean.toString(origin.secureTransport()));
    if (origin.sourceIp().isPresent()) {
      keys.put("aws:SourceIp", origin.sourceIp().get());
    }
    return keys;
  }

  /** {@code aws:CurrentTime}: ISO 8601 in UTC, to the second ("2026-01-15T12:00:00Z"). */
  public static List<String> currentTime(Instant time) {
    return List.of(time.truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /** {@code aws:EpochTime}: seconds since the epoch. */
  public static List<String> epochTime(Instant time) {
    return List.of(Long.toString(time.getEpochSecond()));
  }
}
