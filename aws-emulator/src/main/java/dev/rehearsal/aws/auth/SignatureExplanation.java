package dev.rehearsal.aws.auth;

import dev.rehearsal.core.explain.Explanation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a SigV4 check found, for the decision log: what the client signed (key id, scope, headers,
 * time, payload hash) and, for a refusal, what differed from what this endpoint expects. Never the
 * signature, the secret or the session token: the lines name them only as present or absent.
 */
final class SignatureExplanation {
  static final String WHAT = "the request's SigV4 signature holds";

  private SignatureExplanation() {}

  static String unsigned() {
    return Explanation.check(
        false, WHAT, "the request carries no signature (no Authorization header, no X-Amz-*)");
  }

  static String passed(SignatureParts parts) {
    return Explanation.check(
        true, WHAT, "key " + parts.accessKeyId() + ", scope " + scope(parts) + signedBy(parts));
  }

  static List<String> refused(
      SignatureParts parts,
      IncomingRequest request,
      String service,
      String region,
      Instant now,
      String failure) {
    List<String> lines = new ArrayList<>();
    lines.add(Explanation.check(false, WHAT, failure));
    List<String> found = new ArrayList<>();
    found.add(
        "signed with key "
            + parts.accessKeyId()
            + (parts.securityToken().isPresent() ? " and a session token" : "")
            + " in the "
            + (parts.presigned() ? "presigned query (X-Amz-*)" : "Authorization header"));
    found.add(
        "credential scope "
            + scope(parts)
            + "; this endpoint expects "
            + region
            + "/"
            + service
            + (parts.region().equals(region) && parts.service().equals(service)
                ? " (same)"
                : " (differs)"));
    found.add("signed headers " + String.join(";", parts.signedHeaders()));
    found.add(
        "signed at "
            + parts.signedAt()
            + parts.expires().map(expires -> " for " + expires.toSeconds() + " s").orElse("")
            + "; the emulator's clock: "
            + now);
    found.add(
        "canonical request as received: "
            + request.method()
            + " "
            + request.path()
            + ", payload SHA-256 "
            + HexFormat.of().formatHex(SigV4Verifier.sha256(request.body())));
    if (failure.startsWith("The request signature we calculated")) {
      found.add(
          "the signature made from this request with the key's stored secret differs from the one"
              + " sent: the secret, or a signed part of the request (method, path, query, a signed"
              + " header, the body), is not what the client signed");
    }
    lines.addAll(Explanation.indented(found));
    return lines;
  }

  private static String scope(SignatureParts parts) {
    return parts.date() + "/" + parts.region() + "/" + parts.service();
  }

  private static String signedBy(SignatureParts parts) {
    return ", signed headers " + String.join(";", parts.signedHeaders());
  }
}
