package dev.rehearsal.core.federation;

/** The result of fetching an issuer's keys and checking a token's signature with them. */
public record TokenVerification(SignatureVerdict signature, IssuerTls tls) {}
