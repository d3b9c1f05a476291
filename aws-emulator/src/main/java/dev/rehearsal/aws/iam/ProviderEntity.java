package dev.rehearsal.aws.iam;

import java.time.Instant;
import java.util.List;

/**
 * An OpenID Connect provider as IAM keeps it; {@code url} without {@code https://}, as {@code
 * GetOpenIDConnectProvider} returns it.
 */
public record ProviderEntity(
    String arn,
    String url,
    List<String> clientIds,
    List<String> thumbprints,
    Instant createDate,
    List<Tag> tags) {
  public ProviderEntity {
    clientIds = List.copyOf(clientIds);
    thumbprints = List.copyOf(thumbprints);
    tags = List.copyOf(tags);
  }

  ProviderEntity withClientIds(List<String> ids) {
    return new ProviderEntity(arn, url, ids, thumbprints, createDate, tags);
  }

  ProviderEntity withThumbprints(List<String> prints) {
    return new ProviderEntity(arn, url, clientIds, prints, createDate, tags);
  }

  ProviderEntity withTags(List<Tag> newTags) {
    return new ProviderEntity(arn, url, clientIds, thumbprints, createDate, newTags);
  }
}
