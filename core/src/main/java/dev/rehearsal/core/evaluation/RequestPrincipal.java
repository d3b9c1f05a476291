package dev.rehearsal.core.evaluation;

import java.util.Objects;

/**
 * Who makes the request, as a policy's {@code Principal} element names it: a type ({@code AWS},
 * {@code Federated}, {@code Service}, {@code CanonicalUser}) and a value, e.g. {@code Federated}
 * and {@code arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com} for a
 * GitHub Actions web identity, or {@code AWS} and a role or user ARN.
 */
public record RequestPrincipal(String type, String value) {
  public static final String AWS = "AWS";
  public static final String FEDERATED = "Federated";
  public static final String SERVICE = "Service";

  public RequestPrincipal {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  public static RequestPrincipal federated(String providerArn) {
    return new RequestPrincipal(FEDERATED, providerArn);
  }

  public static RequestPrincipal aws(String arn) {
    return new RequestPrincipal(AWS, arn);
  }

  @Override
  public String toString() {
    return type + " '" + value + "'";
  }
}
