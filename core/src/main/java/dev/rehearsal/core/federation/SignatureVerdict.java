package dev.rehearsal.core.federation;

/**
 * What checking a token's signature against its issuer's published keys found. The check itself
 * happens where the keys are fetched (over HTTPS, from the issuer's JWKS); the rules only need its
 * verdict.
 */
public enum SignatureVerdict {
  /** Signed by a key in the issuer's JWKS with an algorithm the key allows. */
  VALID,
  /** The signature does not verify with the key the header names (tampered, or another key). */
  INVALID_SIGNATURE,
  /** No key in the JWKS has the header's {@code kid}, even after refreshing the JWKS. */
  UNKNOWN_KEY,
  /** The discovery document or the JWKS could not be fetched or read. */
  KEYS_UNAVAILABLE
}
