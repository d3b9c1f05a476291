package dev.rehearsal.aws.sts;

import dev.rehearsal.aws.config.EmulatorConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configured map from issuer URL to where the issuer really answers (e.g. {@code
 * https://token.actions.githubusercontent.com} → {@code https://127.0.0.1:8443}) and which CA to
 * trust there. An issuer that is not mapped is never looked up in DNS: it has no keys.
 */
public final class IssuerDirectory {
  private final List<IssuerLocation> locations;

  IssuerDirectory(List<IssuerLocation> locations) {
    this.locations = List.copyOf(locations);
  }

  public static IssuerDirectory from(EmulatorConfig config) {
    List<IssuerLocation> locations = new ArrayList<>();
    config
        .issuers()
        .forEach(
            (name, issuer) ->
                locations.add(
                    new IssuerLocation(
                        IssuerLocation.strip(issuer.url()),
                        URI.create(issuer.location()),
                        new IssuerTrust(name, issuer.caFile()))));
    return new IssuerDirectory(locations);
  }

  /** Where {@code issuer} answers, if it is mapped. */
  Optional<IssuerLocation> find(String issuer) {
    String wanted = IssuerLocation.strip(issuer);
    return locations.stream().filter(l -> l.issuer().equals(wanted)).findFirst();
  }
}
